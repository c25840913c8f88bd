package io.tsunagu.matching.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reservation rules, with no database: a staff member's live offers plus active calls never
 * exceed their capacity, a request is in at most one live offer, and an offer leaves PENDING only
 * by a legal transition. {@link OfferService} builds one from the rows it has locked and asks it
 * before it writes; the property test drives it through random histories.
 */
public final class Reservations {

    private final Map<UUID, Held> offers = new HashMap<>();
    private final Map<String, Integer> activeCalls = new HashMap<>();

    /** One offer as the rules see it. */
    public record Held(UUID offerId, UUID requestId, String staffUsername, OfferStatus status) {

        Held closedAs(OfferStatus outcome) {
            return new Held(offerId, requestId, staffUsername, outcome);
        }
    }

    /** Why a reservation was refused. */
    public enum Refusal {
        /** The request already has a live offer. */
        REQUEST_RESERVED,
        /** The staff member's live offers and calls already fill their capacity. */
        STAFF_FULL
    }

    public static Reservations empty() {
        return new Reservations();
    }

    /** The rules over what the caller has read: live offers (others are ignored) and active calls per staff member. */
    public static Reservations of(Collection<Held> offers, Map<String, ? extends Number> activeCalls) {
        Reservations reservations = new Reservations();
        for (Held offer : offers) {
            reservations.offers.put(offer.offerId(), offer);
        }
        activeCalls.forEach((staff, count) -> reservations.activeCalls.put(staff, count.intValue()));
        return reservations;
    }

    /** Live offers plus active calls of the staff member. */
    public int load(String staffUsername) {
        int live = (int) offers.values().stream()
                .filter(offer -> offer.status().isLive() && offer.staffUsername().equals(staffUsername))
                .count();
        return live + activeCalls.getOrDefault(staffUsername, 0);
    }

    public boolean isReserved(UUID requestId) {
        return offers.values().stream().anyMatch(offer -> offer.status().isLive() && offer.requestId().equals(requestId));
    }

    /** Why the staff member may not be reserved for the request now; empty when they may. */
    public Optional<Refusal> refusal(UUID requestId, String staffUsername, int maxConcurrent) {
        if (isReserved(requestId)) {
            return Optional.of(Refusal.REQUEST_RESERVED);
        }
        if (load(staffUsername) >= maxConcurrent) {
            return Optional.of(Refusal.STAFF_FULL);
        }
        return Optional.empty();
    }

    /** Records a new live offer; throws when the rules refuse it. */
    public Held reserve(UUID offerId, UUID requestId, String staffUsername, int maxConcurrent) {
        Optional<Refusal> refusal = refusal(requestId, staffUsername, maxConcurrent);
        if (refusal.isPresent()) {
            throw new IllegalStateException("offer for request " + requestId + " to " + staffUsername + " refused: " + refusal.get());
        }
        if (offers.containsKey(offerId)) {
            throw new IllegalStateException("offer " + offerId + " exists already");
        }
        Held offer = new Held(offerId, requestId, staffUsername, OfferStatus.PENDING);
        offers.put(offerId, offer);
        return offer;
    }

    /** Closes a live offer; an accepted one becomes an active call and so keeps its slot. */
    public Held close(UUID offerId, OfferStatus outcome) {
        Held offer = offers.get(offerId);
        if (offer == null) {
            throw new IllegalStateException("offer " + offerId + " is unknown");
        }
        if (!offer.status().canBecome(outcome)) {
            throw new IllegalStateException("offer " + offerId + " is " + offer.status() + ", it cannot become " + outcome);
        }
        Held closed = offer.closedAs(outcome);
        offers.put(offerId, closed);
        if (outcome == OfferStatus.ACCEPTED) {
            activeCalls.merge(offer.staffUsername(), 1, Integer::sum);
        }
        return closed;
    }

    /** A call of the staff member ended; throws when they have none. */
    public void endCall(String staffUsername) {
        int calls = activeCalls.getOrDefault(staffUsername, 0);
        if (calls == 0) {
            throw new IllegalStateException(staffUsername + " has no active call");
        }
        activeCalls.put(staffUsername, calls - 1);
    }

    public Optional<Held> offer(UUID offerId) {
        return Optional.ofNullable(offers.get(offerId));
    }

    public List<Held> liveOffers() {
        return new ArrayList<>(offers.values().stream().filter(offer -> offer.status().isLive()).toList());
    }

    public Set<String> staff() {
        Set<String> staff = new HashSet<>(activeCalls.keySet());
        offers.values().forEach(offer -> staff.add(offer.staffUsername()));
        return staff;
    }
}
