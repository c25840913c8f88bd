package io.tsunagu.signaling.resume;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZAddArgs;
import io.tsunagu.signaling.cluster.ClusterConfig;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Participants whose last socket in a room dropped, since when: their peer has been told {@code peer-paused}.
 * With Redis on they are one sorted set {@code <prefix>:pauses} (member {@code consultationId|KIND|id},
 * score the drop's epoch milliseconds) shared by every node: the participant may come back through any
 * node, and whichever node's sweep removes an overdue member ends that call, exactly once.
 */
@ApplicationScoped
public class Pauses {

    /** One participant away from one room. */
    public record Away(UUID consultationId, Participant participant) {

        public String member() {
            return consultationId + "|" + participant.kind() + "|" + participant.id();
        }

        public static Away of(String member) {
            String[] parts = member.split("\\|", 3);
            return new Away(UUID.fromString(parts[0]), new Participant(Participant.Kind.valueOf(parts[1]), parts[2]));
        }
    }

    private final Duration grace;
    /** Off Redis: the pauses of this node alone. */
    private final Map<Away, Instant> since = new ConcurrentHashMap<>();
    /** On Redis: the shared set, or null. */
    private final SortedSetCommands<String, String> shared;
    private final String key;

    Pauses(ResumeConfig config, ClusterConfig cluster, Instance<RedisDataSource> redis) {
        this.grace = config.grace();
        this.shared = cluster.enabled() ? redis.get().sortedSet(String.class) : null;
        this.key = cluster.prefix() + ":pauses";
    }

    public void pause(UUID consultationId, Participant participant, Instant now) {
        Away away = new Away(consultationId, participant);
        if (shared != null) {
            shared.zadd(key, new ZAddArgs().nx(), now.toEpochMilli(), away.member());
        } else {
            since.putIfAbsent(away, now);
        }
    }

    /** The participant is back; true when they had been away (their peer was told, and must hear of the return). */
    public boolean resume(UUID consultationId, Participant participant) {
        Away away = new Away(consultationId, participant);
        return shared != null ? shared.zrem(key, away.member()) == 1 : since.remove(away) != null;
    }

    /** Takes out and answers those away for the grace period or longer. */
    public List<Away> takeOverdue(Instant now) {
        List<Away> overdue = new ArrayList<>();
        Instant cutoff = now.minus(grace);
        if (shared != null) {
            for (String member : shared.zrangebyscore(key, ScoreRange.from(0L, cutoff.toEpochMilli()))) {
                // Every node sweeps: the one whose ZREM takes the member ends the call.
                if (shared.zrem(key, member) == 1) {
                    overdue.add(Away.of(member));
                }
            }
            return overdue;
        }
        since.forEach((away, at) -> {
            if (!at.isAfter(cutoff) && since.remove(away, at)) {
                overdue.add(away);
            }
        });
        return overdue;
    }

    /** The room ended: neither participant is away from it any more. */
    public void forgetRoom(UUID consultationId, Participant... participants) {
        for (Participant participant : participants) {
            resume(consultationId, participant);
        }
    }

    public int size() {
        return shared != null ? (int) shared.zcard(key) : since.size();
    }
}
