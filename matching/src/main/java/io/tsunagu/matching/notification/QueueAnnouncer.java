package io.tsunagu.matching.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.availability.Outlook;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.request.ConsultationRequest;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.matching.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every queued shopper's {@code queue-update} current: after each matching round, a shopper
 * whose status, position or estimated wait changed since their last push gets a new one. What was
 * last pushed is kept in memory only: after a restart every queued shopper gets one push again.
 */
@ApplicationScoped
public class QueueAnnouncer {

    private final RequestRepository requests;
    private final Outlook outlook;
    private final Signaling signaling;
    private final Map<UUID, ServerMessages.QueueUpdate> lastPushed = new ConcurrentHashMap<>();

    QueueAnnouncer(RequestRepository requests, Outlook outlook, Signaling signaling) {
        this.requests = requests;
        this.outlook = outlook;
        this.signaling = signaling;
    }

    private record Addressed(String visitorId, ServerMessages.QueueUpdate update) {
    }

    /** Pushes the changes since the last pushes; answers how many were pushed. */
    public int announce() {
        List<Addressed> current = QuarkusTransaction.requiringNew().call(() -> {
            List<Addressed> updates = new ArrayList<>();
            int position = 0;
            for (ConsultationRequest request : requests.listQueued()) {
                position++;
                updates.add(new Addressed(request.getVisitorId(), update(request.getId(), request.getStatus(), position, request.getLanguage())));
            }
            return updates;
        });
        Set<UUID> queued = new HashSet<>();
        current.forEach(addressed -> queued.add(addressed.update().requestId()));
        lastPushed.keySet().retainAll(queued);
        int pushed = 0;
        for (Addressed addressed : current) {
            if (!addressed.update().equals(lastPushed.get(addressed.update().requestId()))) {
                push(addressed.visitorId(), addressed.update());
                pushed++;
            }
        }
        return pushed;
    }

    /** Pushes a change the shopper should see at once, and remembers it. */
    void pushNow(String visitorId, UUID requestId, RequestStatus status, Integer position, String language) {
        push(visitorId, update(requestId, status, position, language));
    }

    private ServerMessages.QueueUpdate update(UUID requestId, RequestStatus status, Integer position, String language) {
        return new ServerMessages.QueueUpdate(requestId, status, position, outlook.estimatedWaitSeconds(language, position));
    }

    private void push(String visitorId, ServerMessages.QueueUpdate update) {
        if (update.status().isQueued()) {
            lastPushed.put(update.requestId(), update);
        } else {
            lastPushed.remove(update.requestId());
        }
        signaling.push(Recipient.shopper(visitorId), update);
    }
}
