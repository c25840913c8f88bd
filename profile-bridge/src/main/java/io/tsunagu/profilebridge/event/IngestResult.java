package io.tsunagu.profilebridge.event;

/** How many events of a batch were new, and how many had been received before. */
public record IngestResult(int accepted, int duplicates) {
}
