package io.tsunagu.signaling.resume;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Several nodes: a token is the Redis key {@code <prefix>:resume:<token>}, so a socket that drops on one
 * node resumes through any other. The key expires with the longest a room may live while its socket is
 * open, and with the grace period once it closed.
 */
final class RedisGrantStore implements GrantStore {

    private static final Duration OPEN_LIFETIME = Duration.ofHours(13);

    private final RedisDataSource redis;
    private final ValueCommands<String, String> values;
    private final String prefix;

    RedisGrantStore(RedisDataSource redis, String prefix) {
        this.redis = redis;
        this.values = redis.value(String.class);
        this.prefix = prefix + ":resume:";
    }

    @Override
    public void put(String token, Grant grant) {
        values.set(prefix + token, grant.encode(), new SetArgs().px(OPEN_LIFETIME));
    }

    @Override
    public Optional<Grant> get(String token) {
        return Optional.ofNullable(values.get(prefix + token)).map(Grant::decode);
    }

    @Override
    public boolean remove(String token) {
        return redis.key().del(prefix + token) == 1;
    }

    @Override
    public void dropped(String token, Grant grant, Duration grace) {
        // XX: a token another node redeemed meanwhile stays gone.
        values.set(prefix + token, grant.encode(), new SetArgs().xx().px(grace));
    }

    @Override
    public void expire(Instant now, Duration grace) {
        // Redis expires the keys.
    }

    @Override
    public int size() {
        // KEYS walks the whole Redis: for tests only, which give each run its own prefix.
        return redis.key().keys(prefix + "*").size();
    }
}
