package io.tsunagu.matching.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A staff member's notes about one consultation, for the shopper's timeline in profile-bridge.
 * The optional fields are left out when absent; {@code outcome} is PURCHASED, CONSIDERING or
 * NOT_INTERESTED, {@code followUpOn} a local date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopperNote(UUID consultationId, String staffUsername, String text, List<String> tags,
                          List<String> productIds, String outcome, LocalDate followUpOn) {
}
