package io.tsunagu.matching.availability;

/**
 * Whether a shopper can ask for a consultation in a language now: staff on shift and free who
 * speak it, the queue in that language, and the wait a new request would have (null: unknown).
 */
public record Availability(boolean available, int staffOnShift, int staffAvailable, int queueLength,
                           Integer estimatedWaitSeconds) {
}
