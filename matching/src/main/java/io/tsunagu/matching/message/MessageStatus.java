package io.tsunagu.matching.message;

/** OPEN until a staff member claims it, CLAIMED while they write, ANSWERED once the answer is sent. */
public enum MessageStatus {
    OPEN, CLAIMED, ANSWERED
}
