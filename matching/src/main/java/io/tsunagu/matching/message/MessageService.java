package io.tsunagu.matching.message;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.config.MatchingConfig;
import io.tsunagu.matching.request.InterestSnapshots;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Messages: a shopper leaves one, staff of the preferred store (any store's when none) claim it, and
 * the one who claimed it answers in writing. A claim left unanswered longer than the claim hold may
 * be taken over. A message outside the caller's reach answers 404.
 */
@ApplicationScoped
public class MessageService {

    private final MessageRepository messages;
    private final InterestSnapshots interestSnapshots;
    private final StaffDirectory staffDirectory;
    private final int interestsShown;
    private final Duration claimHold;

    MessageService(MessageRepository messages, InterestSnapshots interestSnapshots, StaffDirectory staffDirectory,
                   MatchingConfig config) {
        this.messages = messages;
        this.interestSnapshots = interestSnapshots;
        this.staffDirectory = staffDirectory;
        this.interestsShown = config.interestsShown();
        this.claimHold = config.messageClaimHold();
    }

    /** Stores the message; the snapshot is read first, outside the transaction, as for a request. */
    public MessageView leave(String visitorId, LeaveMessage input) {
        Map<String, Double> interests = interestSnapshots.of(visitorId, input.behaviourAllowed(), input.topic(), input.language());
        return QuarkusTransaction.requiringNew().call(() -> {
            ShopperMessage message = new ShopperMessage(visitorId, input.language(), input.topic().strip(),
                    input.preferredStoreId(), input.behaviourAllowed(), interests, Instant.now());
            messages.persist(message);
            return view(message);
        });
    }

    @Transactional
    public List<MessageView> ofShopper(String visitorId) {
        return messages.listOfVisitor(visitorId).stream().map(this::view).toList();
    }

    /** The messages the staff member may take (open, or claimed by another too long ago), and those they claimed. */
    public List<MessageView> forStaff(String username) {
        String storeId = storeOf(username);
        return QuarkusTransaction.requiringNew().call(() ->
                messages.listOpenFor(storeId, username, Instant.now().minus(claimHold)).stream().map(this::view).toList());
    }

    /**
     * Claims an open message, or takes over another's claim older than the claim hold; claiming one's
     * own again is fine, another's recent claim answers 409 {@code message-claimed}.
     */
    public MessageView claim(UUID id, String username) {
        String storeId = storeOf(username);
        return QuarkusTransaction.requiringNew().call(() -> {
            ShopperMessage message = reachable(id, storeId, username);
            Instant now = Instant.now();
            if (message.getStatus() == MessageStatus.OPEN
                    || (!message.isClaimedBy(username) && message.isForStore(storeId) && message.isClaimLapsed(now.minus(claimHold)))) {
                message.claim(username, now);
            } else if (!message.isClaimedBy(username)) {
                throw claimedByOther(message);
            } else if (message.getStatus() == MessageStatus.ANSWERED) {
                throw answeredAlready(message);
            }
            return view(message);
        });
    }

    /** Answers a message the staff member claimed; it is then the shopper's to read. */
    public MessageView answer(UUID id, String username, AnswerInput input) {
        String storeId = storeOf(username);
        return QuarkusTransaction.requiringNew().call(() -> {
            ShopperMessage message = reachable(id, storeId, username);
            if (message.getStatus() == MessageStatus.OPEN) {
                throw ProblemException.conflict("message-not-claimed", "Message not claimed",
                        "claim message " + id + " before answering it");
            }
            if (!message.isClaimedBy(username)) {
                throw claimedByOther(message);
            }
            if (message.getStatus() == MessageStatus.ANSWERED) {
                throw answeredAlready(message);
            }
            message.answer(input.text().strip(), Instant.now());
            return view(message);
        });
    }

    /** Locks the message; one the staff member may not see (another store's, unknown) is not found. */
    private ShopperMessage reachable(UUID id, String storeId, String username) {
        return messages.findForUpdate(id)
                .filter(message -> message.isForStore(storeId) || message.isClaimedBy(username))
                .orElseThrow(() -> ProblemException.notFound("Message", id));
    }

    /** The staff member's store, from staff-directory's roster; null for someone it does not list. */
    private String storeOf(String username) {
        List<StaffStatus> roster = staffDirectory.roster().orElseThrow(() -> new ProblemException(Problem.of(503,
                "part-unavailable", "staff-directory unavailable", "the staff member's store could not be read; try again")));
        return roster.stream().filter(staff -> staff.username().equals(username))
                .map(StaffStatus::storeId).findFirst().orElse(null);
    }

    private static ProblemException claimedByOther(ShopperMessage message) {
        return ProblemException.conflict("message-claimed", "Message claimed",
                "message " + message.getId() + " was claimed by another staff member");
    }

    private static ProblemException answeredAlready(ShopperMessage message) {
        return ProblemException.conflict("message-answered", "Message answered",
                "message " + message.getId() + " has been answered already");
    }

    private MessageView view(ShopperMessage message) {
        return MessageView.of(message, interestsShown);
    }
}
