package io.tsunagu.matching.booking;

import java.time.Instant;
import java.util.UUID;

/** A booking as the shopper and the booked staff member see it; {@code matchedTag} says why this staff member. */
public record BookingView(UUID id, String visitorId, String staffUsername, String staffName, String storeId,
                          String timeZone, Instant start, Instant end, String language, String topic,
                          BookingStatus status, String matchedTag, Integer matchedLevel, UUID followUpOf,
                          UUID requestId) {

    static BookingView of(Booking booking) {
        return new BookingView(booking.getId(), booking.getVisitorId(), booking.getStaffUsername(), booking.getStaffName(),
                booking.getStoreId(), booking.getTimeZone(), booking.getStartsAt(), booking.getEndsAt(),
                booking.getLanguage(), booking.getTopic(), booking.getStatus(), booking.getMatchedTag(),
                booking.getMatchedLevel(), booking.getFollowUpOf(), booking.getRequestId());
    }
}
