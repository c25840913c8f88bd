package io.tsunagu.matching.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.config.MatchingConfig;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.OfferRepository;
import io.tsunagu.matching.request.ConsultationRequest;
import io.tsunagu.matching.request.DeclinedStaffRepository;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.matching.solver.Relaxation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Reads what one matching round plans over, from this part's tables and staff-directory's staff list. */
@ApplicationScoped
public class RoundLoader {

    /** How long staff-directory's whole staff list (for the shoppers' usual stores) is kept. */
    private static final Duration STORES_KEPT_FOR = Duration.ofSeconds(60);

    private final RequestRepository requests;
    private final DeclinedStaffRepository declinedStaff;
    private final OfferRepository offers;
    private final ConsultationRepository consultations;
    private final ConsultationHistory history;
    private final StaffDirectory staffDirectory;
    private final Relaxation relaxation;
    private final Duration typicalConsultation;
    private final Duration fairLoadWindow;
    private volatile Map<String, String> allStores = Map.of();
    private volatile Instant allStoresReadAt = Instant.EPOCH;

    RoundLoader(RequestRepository requests, DeclinedStaffRepository declinedStaff, OfferRepository offers,
                ConsultationRepository consultations, ConsultationHistory history, StaffDirectory staffDirectory,
                MatchingConfig config) {
        this.requests = requests;
        this.declinedStaff = declinedStaff;
        this.offers = offers;
        this.consultations = consultations;
        this.history = history;
        this.staffDirectory = staffDirectory;
        this.relaxation = new Relaxation(config.relaxation().after(), config.relaxation().minimumLevel(),
                config.relaxation().storeAffinityPercent());
        this.typicalConsultation = config.typicalConsultation();
        this.fairLoadWindow = config.fairLoadWindow();
    }

    /**
     * One round's facts: the waiting requests and the free staff, with each request's relaxed requirements,
     * and the staff as listed (an offer re-checks capacity against their full maxConcurrent and keeps their store).
     */
    public record Round(List<FreeStaff> staff, List<WaitingRequest> requests, Map<String, StaffMember> listed) {

        public boolean isEmpty() {
            return staff.isEmpty() || requests.isEmpty();
        }
    }

    /**
     * Reads the queue first and asks staff-directory only when someone waits. Each read is its own short
     * transaction: no lock is held across the call to staff-directory, and no two tables are locked at once, so
     * a round can never deadlock with a writer that locks them in another order.
     */
    public Round load(Instant now) {
        List<ConsultationRequest> waiting = read(requests::listWaiting);
        if (waiting.isEmpty()) {
            return new Round(List.of(), List.of(), Map.of());
        }
        List<StaffMember> available = staffDirectory.availableStaff();
        List<FreeStaff> free = freeStaff(available, now);
        List<WaitingRequest> queue = waitingRequests(waiting, available, now);
        relaxation.apply(queue, free);
        Map<String, StaffMember> listed = new HashMap<>();
        available.forEach(member -> listed.putIfAbsent(member.username(), member));
        return new Round(free, queue, listed);
    }

    /** The queue, oldest first, with whom each request must not go to and whom its shopper met before. */
    private List<WaitingRequest> waitingRequests(List<ConsultationRequest> waiting, List<StaffMember> available,
                                                 Instant now) {
        Map<UUID, Set<String>> declined = read(() -> declinedStaff.forRequests(
                waiting.stream().map(ConsultationRequest::getId).toList()));
        Map<String, String> lastStaff = read(() -> history.lastStaffOf(
                waiting.stream().map(ConsultationRequest::getVisitorId).collect(Collectors.toSet())));
        Map<String, String> storeOf = storesOf(new HashSet<>(lastStaff.values()), available);
        return waiting.stream()
                .map(request -> {
                    String previous = lastStaff.get(request.getVisitorId());
                    // The store the shopper named, else their usual one: the store of their last consultation.
                    String usualStore = request.getPreferredStoreId() != null ? request.getPreferredStoreId()
                            : previous == null ? null : storeOf.get(previous);
                    return new WaitingRequest(request.getId(), request.getLanguage(), request.getChannel().name(),
                            request.getInterests(), declined.getOrDefault(request.getId(), Set.of()),
                            Math.max(0, Duration.between(request.getCreatedAt(), now).toSeconds()), previous, usualStore)
                            .bookedWith(request.getBookedStaff());
                })
                .toList();
    }

    /**
     * The store of each staff member named. Staff-directory's whole list is read only when one of them is not
     * available, and then kept for {@link #STORES_KEPT_FOR}: staff rarely change stores, and a round runs every
     * two seconds.
     */
    private Map<String, String> storesOf(Set<String> usernames, List<StaffMember> available) {
        Map<String, String> stores = new HashMap<>();
        available.forEach(member -> stores.put(member.username(), member.storeId()));
        if (!stores.keySet().containsAll(usernames)) {
            Instant now = Instant.now();
            if (Duration.between(allStoresReadAt, now).compareTo(STORES_KEPT_FOR) >= 0) {
                Map<String, String> read = new HashMap<>();
                staffDirectory.roster().orElse(List.of()).forEach(member -> read.put(member.username(), member.storeId()));
                allStores = Map.copyOf(read);
                allStoresReadAt = now;
            }
            allStores.forEach(stores::putIfAbsent);
        }
        return stores;
    }

    /**
     * The listed staff with the slots their live offers and calls leave free; staff-directory may
     * not have seen a fresh offer yet, so this part's own tables decide who is busy.
     */
    private List<FreeStaff> freeStaff(List<StaffMember> available, Instant now) {
        Map<String, Long> pending = read(offers::pendingByStaff);
        Map<String, Long> inCall = read(consultations::activeByStaff);
        Map<String, Integer> busy = read(() -> history.busySharePercent(now.minus(fairLoadWindow), now));
        return available.stream()
                .map(member -> {
                    long live = pending.getOrDefault(member.username(), 0L) + inCall.getOrDefault(member.username(), 0L);
                    return new FreeStaff(member.username(), member.storeId(), new HashSet<>(member.languages()),
                            member.expertiseLevels(), (int) (member.maxConcurrent() - live),
                            member.takesOffers(), new HashSet<>(member.channels()),
                            member.onShift(), shiftEndOverrunSeconds(member, now),
                            busy.getOrDefault(member.username(), 0) + pending.getOrDefault(member.username(), 0L).intValue());
                })
                .filter(staff -> staff.capacity() > 0)
                .toList();
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    /** How far a typical consultation started now would run past the member's shift end. */
    private long shiftEndOverrunSeconds(StaffMember member, Instant now) {
        if (member.shiftEndsAt() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(member.shiftEndsAt(), now.plus(typicalConsultation)).toSeconds());
    }
}
