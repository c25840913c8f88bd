package io.tsunagu.staffdirectory.staff;

/** How a staff member can talk with a shopper. */
public enum Channel {
    VIDEO,
    VOICE,
    CHAT
}
