package io.tsunagu.matching.assignment;

import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.OfferRepository;
import io.tsunagu.matching.request.ConsultationRequest;
import io.tsunagu.matching.request.DeclinedStaffRepository;
import io.tsunagu.matching.request.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads what one matching round plans over, from this part's tables. */
@ApplicationScoped
class RoundLoader {

    private final RequestRepository requests;
    private final DeclinedStaffRepository declinedStaff;
    private final OfferRepository offers;
    private final ConsultationRepository consultations;

    RoundLoader(RequestRepository requests, DeclinedStaffRepository declinedStaff, OfferRepository offers,
                ConsultationRepository consultations) {
        this.requests = requests;
        this.declinedStaff = declinedStaff;
        this.offers = offers;
        this.consultations = consultations;
    }

    /** The queue, oldest first, with whom each request must not go to. */
    @Transactional
    List<WaitingRequest> waitingRequests(Instant now) {
        List<ConsultationRequest> waiting = requests.listWaiting();
        Map<UUID, Set<String>> declined = declinedStaff.forRequests(waiting.stream().map(ConsultationRequest::getId).toList());
        return waiting.stream()
                .map(request -> new WaitingRequest(request.getId(), request.getLanguage(), request.getInterests(),
                        declined.getOrDefault(request.getId(), Set.of()),
                        Math.max(0, Duration.between(request.getCreatedAt(), now).toSeconds())))
                .toList();
    }

    /**
     * The listed staff with the slots their live offers and calls leave free; staff-directory may
     * not have seen a fresh offer yet, so this part's own tables decide who is busy.
     */
    @Transactional
    List<FreeStaff> freeStaff(List<StaffMember> available) {
        Map<String, Long> pending = offers.pendingByStaff();
        Map<String, Long> inCall = consultations.activeByStaff();
        return available.stream()
                .map(member -> new FreeStaff(member.username(), member.storeId(), new HashSet<>(member.languages()),
                        member.expertiseLevels(),
                        (int) (member.maxConcurrent() - pending.getOrDefault(member.username(), 0L)
                                - inCall.getOrDefault(member.username(), 0L)),
                        member.presence() == Presence.AVAILABLE))
                .filter(staff -> staff.capacity() > 0)
                .toList();
    }
}
