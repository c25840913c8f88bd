package io.tsunagu.signaling.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tsunagu.signaling.connection.Participant;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries messages for sockets on other nodes through Redis pub/sub. A room's messages for a participant
 * go to a channel of that room and participant, to which exactly the nodes holding that participant's
 * sockets in the room subscribe ({@link #listen}, kept by {@link io.tsunagu.signaling.room.RoomMembership}):
 * the text as the sender wrote it, after the sending node's id, with nothing to parse on the way.
 * Pushes to all of a participant's sockets, takeovers and ended rooms go to channels every node hears,
 * as JSON. With Redis off this does nothing and the node works alone. Pub/sub delivers at most once and
 * only to nodes connected now: a node that is down misses what was said meanwhile, as its sockets are
 * gone too.
 */
@ApplicationScoped
public class NodeBus {

    private static final Logger LOG = Logger.getLogger(NodeBus.class);
    /** Ends the sending node's id at the start of a room channel's message. */
    private static final char ORIGIN_END = '\n';

    private final boolean enabled;
    private final String prefix;
    private final String channel;
    private final String takeoverChannel;
    private final String roomEndedChannel;
    private final String nodeId = UUID.randomUUID().toString();
    private final String ownEnvelopeStart = "{\"origin\":\"" + nodeId + "\"";
    private final Instance<Redis> client;
    private final ObjectMapper json;
    private final LocalDelivery local;
    /** The room channels this node subscribes to, with whose sockets here their messages are for. */
    private final Map<String, Listener> listeners = new ConcurrentHashMap<>();
    private Subscriber subscriber;
    /**
     * Every publish goes over this one connection, pipelined: messages of one room keep their order
     * (an offer before its candidates), which a pool of connections would not promise.
     */
    private volatile RedisConnection publisher;
    private final AtomicBoolean connectingPublisher = new AtomicBoolean();

    private record Listener(UUID consultationId, Participant participant) {
    }

    NodeBus(ClusterConfig config, Instance<Redis> client, ObjectMapper json, LocalDelivery local) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.channel = prefix + ":bus";
        this.takeoverChannel = prefix + ":takeover";
        this.roomEndedChannel = prefix + ":room-ended";
        this.client = client;
        this.json = json;
        this.local = local;
    }

    void subscribe(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        subscriber = new Subscriber(client.get().getDelegate(), this::receive);
        subscriber.start(List.of(channel, takeoverChannel, roomEndedChannel));
        publisher = client.get().getDelegate().connect().toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join();
        LOG.infof("node %s joined the signaling nodes on Redis (channels %s:*)", nodeId, prefix);
    }

    void unsubscribe(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.stop();
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public String nodeId() {
        return nodeId;
    }

    /** The channel of pushes to all of a participant's sockets, which every node hears. */
    public String channel() {
        return channel;
    }

    /** The channel of the participant's messages in the room. */
    public String roomChannel(UUID consultationId, Participant participant) {
        return prefix + ":room:" + consultationId + ":" + participant.kind() + ":" + participant.id();
    }

    /**
     * This node holds a socket of the participant in the room now: it subscribes to their room channel.
     * Does not wait; {@link #awaitListening} does.
     */
    public void listen(UUID consultationId, Participant participant) {
        if (enabled) {
            String roomChannel = roomChannel(consultationId, participant);
            listeners.put(roomChannel, new Listener(consultationId, participant));
            subscriber.subscribe(roomChannel);
        }
    }

    /** Blocks until Redis confirmed the subscription of {@link #listen}: what is published from then on arrives here. */
    public void awaitListening(UUID consultationId, Participant participant) {
        if (enabled) {
            subscriber.awaitSubscribed(roomChannel(consultationId, participant));
        }
    }

    /** This node's last socket of the participant left the room. */
    public void stopListening(UUID consultationId, Participant participant) {
        if (enabled) {
            String roomChannel = roomChannel(consultationId, participant);
            listeners.remove(roomChannel);
            subscriber.unsubscribe(roomChannel);
        }
    }

    /** Asks the other nodes to write {@code text} to the participant's sockets in the room. */
    public void toRoom(UUID consultationId, Participant participant, String text) {
        if (enabled) {
            publish(roomChannel(consultationId, participant), nodeId + ORIGIN_END + text);
        }
    }

    /** Asks the other nodes to write {@code text} to all of the participant's sockets. */
    public void toParticipant(Participant participant, String text) {
        if (enabled) {
            publish(channel, encode(new Envelope(nodeId, participant.kind(), participant.id(), text)));
        }
    }

    /** Tells {@code node} that a resume here took the place of its socket {@code connectionId} in the room. */
    public void takeOver(String node, UUID consultationId, String connectionId) {
        if (enabled) {
            publish(takeoverChannel, encode(new Takeover(nodeId, node, consultationId, connectionId)));
        }
    }

    /** The channel on which a node hears that a resume elsewhere took the place of one of its sockets. */
    public String takeoverChannel() {
        return takeoverChannel;
    }

    /** Tells the other nodes that this one ended the room. */
    public void roomEnded(UUID consultationId) {
        if (enabled) {
            publish(roomEndedChannel, encode(new RoomEnded(nodeId, consultationId)));
        }
    }

    /** The channel on which a node hears that another ended a room. */
    public String roomEndedChannel() {
        return roomEndedChannel;
    }

    private String encode(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope always serializes", e);
        }
    }

    /**
     * Fire and forget, in order on the one publishing connection: the SDP exchange relies on order. Never
     * blocks (relays publish from the event loop): without a connection the message is dropped, as
     * pub/sub would drop it, and a new connection is made meanwhile.
     */
    private void publish(String to, String encoded) {
        RedisConnection connection = publisher;
        if (connection == null) {
            LOG.warn("no Redis connection to publish on: a message was dropped");
            connectPublisher();
            return;
        }
        connection.send(Request.cmd(Command.PUBLISH).arg(to).arg(encoded)).onFailure(failure -> {
            LOG.warnf("a message was not published: %s", failure.getClass().getSimpleName());
            if (publisher == connection) {
                publisher = null;
                connection.close();
                connectPublisher();
            }
        });
    }

    private void connectPublisher() {
        if (connectingPublisher.compareAndSet(false, true)) {
            client.get().getDelegate().connect().onComplete(connected -> {
                if (connected.succeeded()) {
                    publisher = connected.result();
                }
                connectingPublisher.set(false);
            });
        }
    }

    /** Called on the subscriber connection's event loop: nothing here blocks. */
    private void receive(String from, String message) {
        Listener listener = listeners.get(from);
        if (listener != null) {
            receiveInRoom(listener, message);
        } else if (from.equals(channel)) {
            receiveEnvelope(message);
        } else if (from.equals(takeoverChannel)) {
            receiveTakeover(message);
        } else if (from.equals(roomEndedChannel)) {
            receiveRoomEnded(message);
        }
    }

    private void receiveInRoom(Listener listener, String message) {
        int originEnd = message.indexOf(ORIGIN_END);
        // This node's own (the participant has sockets here and elsewhere) were written here already.
        if (originEnd < 0 || message.startsWith(nodeId)) {
            return;
        }
        local.toRoom(listener.consultationId(), listener.participant(), message.substring(originEnd + 1));
    }

    private void receiveEnvelope(String encoded) {
        // Every node hears its own envelopes too, as many as it sends: they are recognised by their first
        // field (Jackson writes a record's fields in order) and dropped without being parsed.
        if (encoded.startsWith(ownEnvelopeStart)) {
            return;
        }
        Envelope envelope;
        try {
            envelope = json.readValue(encoded, Envelope.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable envelope on %s dropped", channel);
            return;
        }
        if (nodeId.equals(envelope.origin())) {
            return;
        }
        local.toParticipant(envelope.participant(), envelope.text());
    }

    private void receiveTakeover(String encoded) {
        Takeover takeover;
        try {
            takeover = json.readValue(encoded, Takeover.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable takeover on %s dropped", takeoverChannel);
            return;
        }
        if (nodeId.equals(takeover.node())) {
            // Letting the socket go touches Redis (blocking): off the event loop that delivered the message.
            Infrastructure.getDefaultWorkerPool().execute(() -> local.takenOver(takeover.consultationId(), takeover.connectionId()));
        }
    }

    private void receiveRoomEnded(String encoded) {
        RoomEnded ended;
        try {
            ended = json.readValue(encoded, RoomEnded.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable room-ended on %s dropped", roomEndedChannel);
            return;
        }
        if (!nodeId.equals(ended.origin())) {
            // Forgetting the room's tokens touches Redis (blocking): off the event loop.
            Infrastructure.getDefaultWorkerPool().execute(() -> local.roomEnded(ended.consultationId()));
        }
    }
}
