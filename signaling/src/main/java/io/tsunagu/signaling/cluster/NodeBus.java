package io.tsunagu.signaling.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tsunagu.signaling.connection.Participant;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries messages for sockets on other nodes through one Redis pub/sub channel. Every node hears every
 * envelope and writes it to the matching sockets it holds, if any; with Redis off this does nothing and
 * the node works alone. Pub/sub delivers at most once and only to nodes connected now: a node that is
 * down misses what was said meanwhile, as its sockets are gone too.
 */
@ApplicationScoped
public class NodeBus {

    private static final Logger LOG = Logger.getLogger(NodeBus.class);

    private final boolean enabled;
    private final String channel;
    private final String takeoverChannel;
    private final String roomEndedChannel;
    private final String nodeId = UUID.randomUUID().toString();
    private final String ownEnvelopeStart = "{\"origin\":\"" + nodeId + "\"";
    private final Instance<ReactiveRedisDataSource> redis;
    private final Instance<Redis> client;
    private final ObjectMapper json;
    private final LocalDelivery local;
    /**
     * Every publish goes over this one connection, pipelined: messages of one room keep their order
     * (an offer before its candidates), which a pool of connections would not promise.
     */
    private volatile RedisConnection publisher;

    NodeBus(ClusterConfig config, Instance<ReactiveRedisDataSource> redis, Instance<Redis> client, ObjectMapper json, LocalDelivery local) {
        this.enabled = config.enabled();
        this.channel = config.prefix() + ":bus";
        this.takeoverChannel = config.prefix() + ":takeover";
        this.roomEndedChannel = config.prefix() + ":room-ended";
        this.redis = redis;
        this.client = client;
        this.json = json;
        this.local = local;
    }

    void subscribe(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        ReactivePubSubCommands<String> pubsub = redis.get().pubsub(String.class);
        pubsub.subscribe(channel, (Consumer<String>) this::receive).await().atMost(Duration.ofSeconds(10));
        pubsub.subscribe(takeoverChannel, (Consumer<String>) this::receiveTakeover).await().atMost(Duration.ofSeconds(10));
        pubsub.subscribe(roomEndedChannel, (Consumer<String>) this::receiveRoomEnded).await().atMost(Duration.ofSeconds(10));
        publisher();
        LOG.infof("node %s joined the signaling nodes on Redis channel %s", nodeId, channel);
    }

    public boolean enabled() {
        return enabled;
    }

    public String nodeId() {
        return nodeId;
    }

    /** The channel every node listens on. */
    public String channel() {
        return channel;
    }

    /** Asks the other nodes to write {@code text} to the participant's sockets in the room. */
    public void toRoom(UUID consultationId, Participant participant, String text) {
        publish(new Envelope(nodeId, consultationId, participant.kind(), participant.id(), text));
    }

    /** Asks the other nodes to write {@code text} to all of the participant's sockets. */
    public void toParticipant(Participant participant, String text) {
        publish(new Envelope(nodeId, null, participant.kind(), participant.id(), text));
    }

    /** Tells {@code node} that a resume here took the place of its socket {@code connectionId} in the room. */
    public void takeOver(String node, UUID consultationId, String connectionId) {
        if (enabled) {
            publish(takeoverChannel, new Takeover(nodeId, node, consultationId, connectionId));
        }
    }

    /** The channel on which a node hears that a resume elsewhere took the place of one of its sockets. */
    public String takeoverChannel() {
        return takeoverChannel;
    }

    /** Tells the other nodes that this one ended the room. */
    public void roomEnded(UUID consultationId) {
        if (enabled) {
            publish(roomEndedChannel, new RoomEnded(nodeId, consultationId));
        }
    }

    /** The channel on which a node hears that another ended a room. */
    public String roomEndedChannel() {
        return roomEndedChannel;
    }

    private void publish(Envelope envelope) {
        if (enabled) {
            publish(channel, envelope);
        }
    }

    private void publish(String to, Object message) {
        String encoded;
        try {
            encoded = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope always serializes", e);
        }
        // Fire and forget, in order on the one publishing connection: the SDP exchange relies on order.
        RedisConnection connection = publisher();
        connection.send(Request.cmd(Command.PUBLISH).arg(to).arg(encoded)).subscribe().with(
                done -> { },
                failure -> {
                    LOG.warnf("envelope not published: %s", failure.getClass().getSimpleName());
                    // A broken connection is replaced on the next publish; what was in flight is lost, as with any pub/sub.
                    if (publisher == connection) {
                        publisher = null;
                        connection.close().subscribe().with(closed -> { }, ignored -> { });
                    }
                });
    }

    private RedisConnection publisher() {
        RedisConnection connection = publisher;
        if (connection == null) {
            synchronized (this) {
                connection = publisher;
                if (connection == null) {
                    connection = client.get().connect().await().atMost(Duration.ofSeconds(5));
                    publisher = connection;
                }
            }
        }
        return connection;
    }

    private void receive(String encoded) {
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
        if (envelope.consultationId() != null) {
            local.toRoom(envelope.consultationId(), envelope.participant(), envelope.text());
        } else {
            local.toParticipant(envelope.participant(), envelope.text());
        }
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
