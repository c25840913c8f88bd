package io.tsunagu.signaling.resume;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One node alone: tokens in a map. */
final class MemoryGrantStore implements GrantStore {

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    @Override
    public void put(String token, Grant grant) {
        grants.put(token, grant);
    }

    @Override
    public Optional<Grant> get(String token) {
        return Optional.ofNullable(grants.get(token));
    }

    @Override
    public boolean remove(String token) {
        return grants.remove(token) != null;
    }

    @Override
    public void dropped(String token, Grant grant, Duration grace) {
        grants.replace(token, grant);
    }

    @Override
    public void expire(Instant now, Duration grace) {
        grants.values().removeIf(grant -> !grant.open() && !now.isBefore(grant.droppedAt().plus(grace)));
    }

    @Override
    public int size() {
        return grants.size();
    }
}
