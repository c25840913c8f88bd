package io.tsunagu.signaling.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands.RedisSubscriber;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.signaling.client.RecordingMatching;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.room.RoomRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resume across nodes, through the real Redis on 127.0.0.1:6379. As in {@link ClusterTest} (same profile
 * and prefix, so one application start serves both), this application is node A and the test plays node
 * B: it reads what A keeps in Redis, and writes what B would (a token of a socket on B, a pause, a
 * takeover). The grace period is the test profile's 2 s.
 */
@QuarkusTest
@TestProfile(ClusterTest.WithRedis.class)
class ClusterResumeTest {

    private static final String NODE_B = "node-b";
    private static final String SOCKET_ON_B = "socket-on-b";
    private static final String STAFF = DemoUsers.HANA;

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    RedisDataSource redis;

    @Inject
    NodeBus bus;

    @Inject
    NodeLease leases;

    @Inject
    RoomPresence presence;

    @Inject
    RecordingMatching matching;

    @Inject
    ObjectMapper json;

    @Inject
    RoomRepository repository;

    private final BlockingQueue<Takeover> takeoversHeardByB = new LinkedBlockingQueue<>();
    private RedisSubscriber nodeB;

    @BeforeEach
    void startNodeB() {
        nodeB = redis.pubsub(String.class).subscribe(bus.takeoverChannel(), message -> {
            try {
                takeoversHeardByB.add(json.readValue(message, Takeover.class));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stopNodeB() {
        nodeB.unsubscribe();
    }

    @Test
    void aTokenIssuedHereIsKeptInRedisAndRunsForTheGracePeriodOnceItsSocketDrops() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            String token;
            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(join(consultationId));
                token = shopper.next("joined").path("resumeToken").asText();
                String[] grant = storedGrant(token).split("\\|", -1);
                assertThat(grant).containsExactly(consultationId.toString(), "SHOPPER", visitorId, bus.nodeId(), grant[4], "");
                assertThat(redis.key().pttl(tokenKey(token))).as("an open socket's token lives as long as a room").isGreaterThan(Duration.ofHours(1).toMillis());
                staff.next("peer-joined");
            }
            staff.next("peer-paused");
            String[] dropped = storedGrant(token).split("\\|", -1);
            assertThat(dropped[5]).as("the drop's time").isNotEmpty();
            assertThat(redis.key().pttl(tokenKey(token))).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2).toMillis());
            assertThat(redis.sortedSet(String.class).zscore(pausesKey(), pauseMember(consultationId, visitorId)).isPresent())
                    .as("the pause is where every node sees it").isTrue();
        }
        Rooms.end(consultationId);
        assertThat(redis.sortedSet(String.class).zscore(pausesKey(), pauseMember(consultationId, visitorId)).isPresent())
                .as("an ended room has no pauses").isFalse();
    }

    @Test
    void aShopperWhoDroppedOnAnotherNodeResumesHereAndTheStaffMemberSeesThePauseEnd() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            // Node B: the shopper's socket there dropped a moment ago; B keeps the token and the pause in Redis.
            String token = "token-of-node-b-" + UUID.randomUUID();
            storeGrantAsNodeB(token, consultationId, visitorId, Instant.now());
            redis.sortedSet(String.class).zadd(pausesKey(), Instant.now().toEpochMilli(), pauseMember(consultationId, visitorId));

            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(resume(consultationId, token));
                var resumed = shopper.next("resumed");
                assertThat(resumed.path("peerPresent").asBoolean()).isTrue();
                staff.next("peer-resumed");
                assertThat(redis.key().exists(tokenKey(token))).as("a token is used once").isFalse();
                assertThat(presence.present(consultationId, Participant.shopper(visitorId), false)).isTrue();

                staff.send("{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId));
                shopper.next("ice-restart");
            }
            try (TestSocket again = TestSocket.shopper(baseUri, visitorId)) {
                again.send(resume(consultationId, token));
                assertThat(again.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
            }
        }
        Rooms.end(consultationId);
    }

    @Test
    void aResumeHereTakesOverASocketAnotherNodeStillHoldsOrLost() throws InterruptedException {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        Participant shopperParticipant = Participant.shopper(visitorId);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            // Node B holds the shopper's socket, open as far as Redis knows (B may have died with it).
            redis.value(String.class).set(leases.key(NODE_B), "alive", new SetArgs().px(NodeLease.LEASE));
            redis.hash(Long.class).hincrby(presence.key(consultationId), presence.field(shopperParticipant, NODE_B), 1);
            String token = "token-of-node-b-" + UUID.randomUUID();
            storeGrantAsNodeB(token, consultationId, visitorId, null);

            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(resume(consultationId, token));
                shopper.next("resumed");
                Takeover takeover = takeoversHeardByB.poll(TestSocket.RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(takeover).as("node B is told to let its socket go").isNotNull();
                assertThat(takeover.node()).isEqualTo(NODE_B);
                assertThat(takeover.origin()).isEqualTo(bus.nodeId());
                assertThat(takeover.consultationId()).isEqualTo(consultationId);
                assertThat(takeover.connectionId()).isEqualTo(SOCKET_ON_B);
                // The old socket was counted out here: one socket of the shopper in the room, and no news for the peer.
                assertThat(redis.hash(Long.class).hgetall(presence.key(consultationId)))
                        .containsEntry(presence.field(shopperParticipant, bus.nodeId()), 1L)
                        .doesNotContainKey(presence.field(shopperParticipant, NODE_B));
                staff.expectSilence();
            }
        }
        Rooms.end(consultationId);
    }

    @Test
    void aTakeoverFromAnotherNodeClosesTheSocketHereWithoutThePeerNoticing() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF);
             TestSocket stale = TestSocket.shopper(baseUri, visitorId)) {
            staff.send(join(consultationId));
            staff.next("joined");
            stale.send(join(consultationId));
            String token = stale.next("joined").path("resumeToken").asText();
            staff.next("peer-joined");
            String socketId = storedGrant(token).split("\\|", -1)[4];

            // Node B: the shopper resumed there with a token of this node's socket.
            assertThat(redis.key().del(tokenKey(token))).isEqualTo(1);
            publishTakeoverAsNodeB(new Takeover(NODE_B, bus.nodeId(), consultationId, socketId));
            assertThat(stale.awaitClose(TestSocket.RECEIVE_TIMEOUT).getCode()).isEqualTo(4000);
            staff.expectSilence();
            assertThat(redis.sortedSet(String.class).zscore(pausesKey(), pauseMember(consultationId, visitorId)).isPresent())
                    .as("no pause: the shopper is still in the call, on node B").isFalse();
        }
        Rooms.end(consultationId);
    }

    @Test
    void aPauseAnyNodeRecordedEndsTheCallOnceItIsOverdue() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            // Node B recorded the shopper's drop a minute ago; this node's sweep finds it in Redis.
            redis.sortedSet(String.class).zadd(pausesKey(), Instant.now().minus(Duration.ofMinutes(1)).toEpochMilli(),
                    pauseMember(consultationId, visitorId));
            staff.next("peer-left", consultationId);
            staff.next("call-end", consultationId);
            assertThat(matching.ended()).as("matching is told before call-end goes out").contains(consultationId);
        }
    }

    @Test
    void aRoomAnotherNodeEndedIsForgottenHere() throws Exception {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            // Node B ended the room: the database says so, and B tells the other nodes.
            QuarkusTransaction.requiringNew().run(() -> repository.findById(consultationId).endedAt = Instant.now());
            redis.pubsub(String.class).publish(bus.roomEndedChannel(), json.writeValueAsString(new RoomEnded(NODE_B, consultationId)));

            String answer = null;
            for (int attempt = 0; attempt < 50 && !"error".equals(answer); attempt++) {
                Thread.sleep(100);
                staff.send(join(consultationId));
                answer = staff.next().path("type").asText();
            }
            assertThat(answer).as("a join after the notice is refused").isEqualTo("error");
            staff.send("{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId));
            assertThat(staff.next("error").path("code").asText()).as("the socket is out of the room").isEqualTo("NOT_JOINED");
            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(join(consultationId));
                assertThat(shopper.next("error").path("code").asText()).isEqualTo("ROOM_ENDED");
            }
        }
    }

    private void storeGrantAsNodeB(String token, UUID consultationId, String visitorId, Instant droppedAt) {
        String grant = String.join("|", consultationId.toString(), "SHOPPER", visitorId, NODE_B, SOCKET_ON_B,
                droppedAt == null ? "" : Long.toString(droppedAt.toEpochMilli()));
        redis.value(String.class).set(tokenKey(token), grant, new SetArgs().px(Duration.ofMinutes(1)));
    }

    private void publishTakeoverAsNodeB(Takeover takeover) {
        try {
            redis.pubsub(String.class).publish(bus.takeoverChannel(), json.writeValueAsString(takeover));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String storedGrant(String token) {
        String grant = redis.value(String.class).get(tokenKey(token));
        assertThat(grant).as("the token's grant in Redis").isNotNull();
        return grant;
    }

    private static String tokenKey(String token) {
        return ClusterTest.PREFIX + ":resume:" + token;
    }

    private static String pausesKey() {
        return ClusterTest.PREFIX + ":pauses";
    }

    private static String pauseMember(UUID consultationId, String visitorId) {
        return consultationId + "|SHOPPER|" + visitorId;
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }

    private static String resume(UUID consultationId, String token) {
        return "{\"type\":\"resume\",\"consultationId\":\"%s\",\"resumeToken\":\"%s\"}".formatted(consultationId, token);
    }
}
