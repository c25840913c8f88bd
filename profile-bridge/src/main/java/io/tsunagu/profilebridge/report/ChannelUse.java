package io.tsunagu.profilebridge.report;

/** How the shopper meets the retailer: online sessions, store visits, and the store seen last. */
public record ChannelUse(int onlineSessions, int storeVisits, String lastStoreId) {
}
