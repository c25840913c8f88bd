package io.tsunagu.matching.client;

import java.util.List;
import java.util.UUID;

/** A staff member's notes about one consultation, for the shopper's timeline in profile-bridge. */
public record ShopperNote(UUID consultationId, String staffUsername, String text, List<String> tags) {
}
