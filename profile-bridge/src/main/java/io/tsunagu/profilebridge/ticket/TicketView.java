package io.tsunagu.profilebridge.ticket;

import java.time.Instant;

public record TicketView(String ticket, String visitorId, Instant expiresAt) {
}
