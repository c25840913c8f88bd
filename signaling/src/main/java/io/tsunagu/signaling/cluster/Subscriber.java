package io.tsunagu.signaling.cluster;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * This node's one Redis connection in subscriber mode. Channels come and go with the rooms this node
 * holds sockets in, so there are thousands of them on one connection (a connection per subscription, as
 * the data source's pub/sub API opens, would not do). Redis confirms a subscription with a message of
 * its own; {@link #awaitSubscribed} waits for it, so that nothing published after a join is missed.
 * A lost connection is made again with every channel subscribed anew; what was published meanwhile is
 * lost, as pub/sub promises no more.
 */
final class Subscriber {

    private static final Logger LOG = Logger.getLogger(Subscriber.class);
    private static final Duration CONFIRMATION_TIMEOUT = Duration.ofSeconds(5);
    private static final long RECONNECT_PAUSE_MILLIS = 1000;

    private final Redis client;
    private final BiConsumer<String, String> onMessage;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    /** Per channel, the subscriptions sent and not yet confirmed, in the order they were sent. */
    private final Map<String, Queue<CompletableFuture<Void>>> unconfirmed = new ConcurrentHashMap<>();
    private volatile RedisConnection connection;
    private volatile boolean stopped;

    Subscriber(Redis client, BiConsumer<String, String> onMessage) {
        this.client = client;
        this.onMessage = onMessage;
    }

    /** Connects and subscribes to the channels; blocks until Redis confirmed them. */
    void start(Collection<String> initial) {
        connection = connect();
        initial.forEach(this::subscribe);
        initial.forEach(this::awaitSubscribed);
    }

    void stop() {
        stopped = true;
        RedisConnection current = connection;
        if (current != null) {
            current.close();
        }
    }

    /** Sends the subscription without waiting; {@link #awaitSubscribed} waits for its confirmation. */
    void subscribe(String channel) {
        channels.add(channel);
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        unconfirmed.computeIfAbsent(channel, c -> new ConcurrentLinkedQueue<>()).add(confirmed);
        RedisConnection current = connection;
        if (current != null) {
            send(current, Request.cmd(Command.SUBSCRIBE).arg(channel));
        }
    }

    /** Blocks until the channel's latest subscription is confirmed; fails after 5 s. */
    void awaitSubscribed(String channel) {
        Queue<CompletableFuture<Void>> pending = unconfirmed.get(channel);
        CompletableFuture<?>[] waiting = pending == null ? new CompletableFuture<?>[0] : pending.toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(waiting).get(CONFIRMATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Redis did not confirm a subscription within " + CONFIRMATION_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void unsubscribe(String channel) {
        channels.remove(channel);
        unconfirmed.computeIfPresent(channel, (c, pending) -> pending.isEmpty() ? null : pending);
        RedisConnection current = connection;
        if (current != null) {
            send(current, Request.cmd(Command.UNSUBSCRIBE).arg(channel));
        }
    }

    private RedisConnection connect() {
        RedisConnection opened = client.connect().toCompletionStage().toCompletableFuture()
                .orTimeout(CONFIRMATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
        opened.handler(this::handle);
        opened.exceptionHandler(failure -> lost(opened, failure.getClass().getSimpleName()));
        opened.endHandler(ended -> lost(opened, "closed by Redis"));
        return opened;
    }

    private void send(RedisConnection on, Request request) {
        on.send(request).onFailure(failure -> lost(on, failure.getClass().getSimpleName()));
    }

    /** Pub/sub messages and confirmations; Redis sends them as push replies (RESP3) or as arrays (RESP2). */
    private void handle(Response reply) {
        if (reply == null || reply.size() < 3) {
            return;
        }
        String kind = reply.get(0).toString();
        if ("message".equals(kind)) {
            onMessage.accept(reply.get(1).toString(), reply.get(2).toString());
        } else if ("subscribe".equals(kind)) {
            Queue<CompletableFuture<Void>> pending = unconfirmed.get(reply.get(1).toString());
            CompletableFuture<Void> confirmed = pending == null ? null : pending.poll();
            if (confirmed != null) {
                confirmed.complete(null);
            }
        }
    }

    private synchronized void lost(RedisConnection which, String why) {
        if (stopped || connection != which) {
            return;
        }
        LOG.warnf("the Redis subscriber connection was lost (%s); connecting again", why);
        connection = null;
        which.close();
        Thread reconnecting = new Thread(this::reconnect, "redis-subscriber-reconnect");
        reconnecting.setDaemon(true);
        reconnecting.start();
    }

    private void reconnect() {
        while (!stopped) {
            try {
                RedisConnection opened = connect();
                // Published first: a subscription from now on goes out on its own, one from before is in this one.
                connection = opened;
                Request subscribe = Request.cmd(Command.SUBSCRIBE);
                channels.forEach(subscribe::arg);
                if (!channels.isEmpty()) {
                    send(opened, subscribe);
                }
                LOG.infof("the Redis subscriber connection is back with %d channels", channels.size());
                return;
            } catch (RuntimeException e) {
                try {
                    Thread.sleep(RECONNECT_PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
