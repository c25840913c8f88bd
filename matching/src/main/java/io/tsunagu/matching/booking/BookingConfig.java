package io.tsunagu.matching.booking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Booking a time: how slots are cut from the staff's shifts and when a booking can be joined. */
@ConfigMapping(prefix = "tsunagu.booking")
public interface BookingConfig {

    /** Length of one bookable slot; slots start on multiples of it from local midnight in the store's time zone. */
    @WithDefault("PT30M")
    Duration slotLength();

    /** How many days ahead slots are offered. */
    @WithDefault("14")
    int days();

    /** The earliest a slot may start from now: a shopper cannot book what is about to begin. */
    @WithDefault("PT5M")
    Duration leadTime();

    /** How long before the booked start the shopper may join. */
    @WithDefault("PT10M")
    Duration joinEarly();

    /** Upcoming bookings one shopper may hold at once, so that nobody blocks a staff member's week. */
    @WithDefault("3")
    int maxUpcomingPerShopper();

    /** How long staff-directory's staff list and shift calendars are kept before they are read again. */
    @WithDefault("PT1M")
    Duration calendarKeptFor();
}
