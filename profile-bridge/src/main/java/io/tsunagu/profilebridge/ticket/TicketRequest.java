package io.tsunagu.profilebridge.ticket;

/** Asks for a shopper ticket; without a visitor id a new one is made. */
public record TicketRequest(String visitorId) {
}
