package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.redis.datasource.set.SetCommands;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.resume.Pauses.Away;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is in a room across nodes: per room a Redis hash of {@code KIND:id|node} → that node's sockets of
 * the participant joined to the room. A participant is present while a node whose lease is alive
 * ({@link NodeLease}) holds a socket of theirs there: a node that died stops counting within a minute.
 * Each node also lists the rooms it is present in ({@code <prefix>:node-rooms:<node>}, members
 * {@code consultationId|KIND|id}), so that the others can find who was in a room only through a node that
 * died ({@link #takeFromDeadNodes}). With Redis off, this node's own membership is the whole truth and is
 * passed through.
 */
@ApplicationScoped
public class RoomPresence {

    private static final Duration KEY_LIFETIME = Duration.ofHours(13);
    private static final String NODE_SEPARATOR = "|";

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;
    private final NodeBus bus;
    private final NodeLease leases;

    RoomPresence(ClusterConfig config, Instance<RedisDataSource> redis, NodeBus bus, NodeLease leases) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
        this.bus = bus;
        this.leases = leases;
    }

    /** A socket of the participant joined here; true when it is the participant's first in the room on any live node. */
    public boolean arrive(UUID consultationId, Participant participant, boolean firstHere) {
        if (!enabled) {
            return firstHere;
        }
        String key = key(consultationId);
        if (hash().hincrby(key, field(participant, bus.nodeId()), 1) == 1) {
            String rooms = roomsKey(bus.nodeId());
            redis.get().set(String.class).sadd(rooms, new Away(consultationId, participant).member());
            redis.get().key().expire(rooms, KEY_LIFETIME);
        }
        redis.get().key().expire(key, KEY_LIFETIME);
        return liveSockets(consultationId, participant) == 1;
    }

    /** A socket of the participant left here; true when it was the participant's last in the room on any live node. */
    public boolean depart(UUID consultationId, Participant participant, boolean lastHere) {
        if (!enabled) {
            return lastHere;
        }
        departFrom(consultationId, participant, bus.nodeId());
        return liveSockets(consultationId, participant) == 0;
    }

    /** A socket of the participant on {@code node}, alive or dead, was taken over by a resume here. */
    public void departFrom(UUID consultationId, Participant participant, String node) {
        if (!enabled) {
            return;
        }
        String key = key(consultationId);
        String field = field(participant, node);
        if (hash().hincrby(key, field, -1) <= 0) {
            hash().hdel(key, field);
            redis.get().set(String.class).srem(roomsKey(node), new Away(consultationId, participant).member());
        }
    }

    /** Whether the participant has a socket in the room on any live node. */
    public boolean present(UUID consultationId, Participant participant, boolean presentHere) {
        if (!enabled || presentHere) {
            return presentHere;
        }
        return liveSockets(consultationId, participant) > 0;
    }

    /** The room ended: its counts go, and this node's list of rooms forgets it. */
    public void forget(UUID consultationId, List<Participant> here) {
        if (enabled) {
            redis.get().key().del(key(consultationId));
            here.forEach(participant -> redis.get().set(String.class)
                    .srem(roomsKey(bus.nodeId()), new Away(consultationId, participant).member()));
        }
    }

    /**
     * The participants that were in rooms only through nodes whose lease has ended, each handed to
     * exactly one live node (the one whose {@code SREM} takes it from the dead node's list); their counts
     * forget the dead node. The caller decides whether they are away now.
     */
    public List<Away> takeFromDeadNodes() {
        if (!enabled) {
            return List.of();
        }
        List<Away> taken = new ArrayList<>();
        SetCommands<String, String> sets = redis.get().set(String.class);
        for (String node : leases.dead()) {
            String rooms = roomsKey(node);
            for (String member : sets.smembers(rooms)) {
                if (sets.srem(rooms, member) == 1) {
                    Away away = Away.of(member);
                    hash().hdel(key(away.consultationId()), field(away.participant(), node));
                    taken.add(away);
                }
            }
            leases.forget(node);
        }
        return taken;
    }

    private long liveSockets(UUID consultationId, Participant participant) {
        String prefixOfParticipant = participant + NODE_SEPARATOR;
        long sockets = 0;
        for (Map.Entry<String, Long> count : hash().hgetall(key(consultationId)).entrySet()) {
            String field = count.getKey();
            if (field.startsWith(prefixOfParticipant) && leases.alive(field.substring(prefixOfParticipant.length()))) {
                sockets += count.getValue();
            }
        }
        return sockets;
    }

    private HashCommands<String, String, Long> hash() {
        return redis.get().hash(Long.class);
    }

    String key(UUID consultationId) {
        return prefix + ":presence:" + consultationId;
    }

    String field(Participant participant, String node) {
        return participant + NODE_SEPARATOR + node;
    }

    String roomsKey(String node) {
        return prefix + ":node-rooms:" + node;
    }
}
