package io.tsunagu.matching.booking;

/** BOOKED holds the slot; CANCELLED frees it. Joining keeps it BOOKED and links the request. */
public enum BookingStatus {
    BOOKED, CANCELLED
}
