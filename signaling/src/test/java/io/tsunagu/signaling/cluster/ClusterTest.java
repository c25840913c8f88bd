package io.tsunagu.signaling.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands.RedisSubscriber;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.signaling.room.RoomCleanup;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes through the real Redis on 127.0.0.1:6379. Node A is this Quarkus application with Redis on;
 * node B is played by the test on the same Redis channels: it hears what A publishes and publishes what
 * a second node would (room messages, envelopes, presence counts). A second Quarkus process would test the same
 * wiring at the cost of another build and start on a shared machine; the benchmark does run two.
 * Every key and the channel live under a random prefix, removed afterwards.
 */
@QuarkusTest
@TestProfile(ClusterTest.WithRedis.class)
class ClusterTest {

    static final String PREFIX = "tsunagu:test:" + UUID.randomUUID();
    private static final String NODE_B = "node-b";
    private static final String STAFF = DemoUsers.AOI;

    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The tests call the dead-node sweep themselves.
            return Map.of("tsunagu.signaling.redis.enabled", "true", "tsunagu.signaling.redis.prefix", PREFIX,
                    "tsunagu.signaling.redis.dead-node-sweep-interval", "1h");
        }
    }

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    RedisDataSource redis;

    @Inject
    NodeBus bus;

    @Inject
    RoomPresence presence;

    @Inject
    SocketCount socketCount;

    @Inject
    NodeLease leases;

    @Inject
    RoomCleanup cleanup;

    @Inject
    ObjectMapper json;

    private final BlockingQueue<Envelope> heardByB = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> heardInRoomByB = new LinkedBlockingQueue<>();
    private final List<RedisSubscriber> nodeB = new ArrayList<>();

    @BeforeEach
    void startNodeB() {
        nodeB.add(redis.pubsub(String.class).subscribe(bus.channel(), message -> {
            try {
                heardByB.add(json.readValue(message, Envelope.class));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @AfterEach
    void stopNodeB() {
        nodeB.forEach(RedisSubscriber::unsubscribe);
    }

    @AfterAll
    static void removeKeys() {
        // Only this run's keys: other runs and parts may share the Redis.
        RedisDataSource redis = io.quarkus.arc.Arc.container().instance(RedisDataSource.class).get();
        redis.key().keys(PREFIX + "*").forEach(key -> redis.key().del(key));
    }

    @Test
    void aPushFromAnotherNodeReachesTheSocketHere() {
        String visitorId = TestShopperTickets.newVisitorId();
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            awaitRegistered(shopper);
            String update = "{\"type\":\"queue-update\",\"requestId\":\"%s\",\"status\":\"WAITING\",\"position\":1,\"estimatedWaitSeconds\":30}"
                    .formatted(UUID.randomUUID());
            publishAsNodeB(new Envelope(NODE_B, Participant.Kind.SHOPPER, visitorId, update));
            JsonNode received = shopper.next("queue-update");
            assertThat(received.path("position").asInt()).isEqualTo(1);
            shopper.expectSilence();
        }
    }

    @Test
    void aPushHereIsPublishedForSocketsOnOtherNodes() throws Exception {
        String visitorId = TestShopperTickets.newVisitorId();
        given().auth().oauth2(KeycloakTokens.serviceToken()).contentType(ContentType.JSON)
                .body("{\"to\":{\"kind\":\"SHOPPER\",\"id\":\"%s\"},\"message\":{\"type\":\"queue-update\",\"requestId\":\"%s\",\"status\":\"WAITING\",\"position\":3}}"
                        .formatted(visitorId, UUID.randomUUID()))
                .when().post("/api/signaling/pushes")
                .then().statusCode(202);
        Envelope envelope = nextHeardByB();
        assertThat(envelope.origin()).isEqualTo(bus.nodeId());
        assertThat(envelope.participant()).isEqualTo(Participant.shopper(visitorId));
        assertThat(json.readTree(envelope.text()).path("position").asInt()).isEqualTo(3);
    }

    @Test
    void aCallRelaysBetweenAStaffMemberHereAndAShopperOnAnotherNode() throws Exception {
        String visitorId = TestShopperTickets.newVisitorId();
        Participant shopper = Participant.shopper(visitorId);
        UUID consultationId = Rooms.open(visitorId, STAFF);
        // Node B: the shopper's socket joined there, so B listens on the shopper's room channel.
        listenInRoomAsNodeB(bus.roomChannel(consultationId, shopper));
        arriveAsNode(NODE_B, consultationId, shopper);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId));
            assertThat(staff.next("joined").path("peerPresent").asBoolean()).as("the shopper is on node B").isTrue();
            assertThat(json.readTree(nextInRoomFromA()).path("type").asText()).isEqualTo("peer-joined");

            String offer = "{\"type\":\"offer\",\"consultationId\":\"%s\",\"sdp\":\"v=0\\r\\n\"}".formatted(consultationId);
            staff.send(offer);
            assertThat(nextInRoomFromA()).as("passed on as the staff member wrote it").isEqualTo(offer);

            String answer = "{\"type\":\"answer\",\"consultationId\":\"%s\",\"sdp\":\"v=0\\r\\n\"}".formatted(consultationId);
            publishInRoom(bus.roomChannel(consultationId, Participant.staff(STAFF)), NODE_B, answer);
            assertThat(staff.next("answer").path("sdp").asText()).isEqualTo("v=0\r\n");
            staff.expectSilence();

            // The shopper's last socket on node B drops: B counts it out.
            presence.departFrom(consultationId, shopper, NODE_B);
            assertThat(presence.present(consultationId, shopper, false)).isFalse();
        }
        Rooms.end(consultationId);
    }

    @Test
    void aNodeListensOnARoomChannelExactlyWhileItHoldsTheParticipantsSocketThere() throws InterruptedException {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        String channel = bus.roomChannel(consultationId, Participant.shopper(visitorId));
        String restart = "{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId);
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            awaitRegistered(shopper);
            assertThat(subscribers(channel)).as("not joined yet").isZero();
            shopper.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId));
            shopper.next("joined");
            assertThat(subscribers(channel)).as("subscribed before joined was sent").isEqualTo(1);

            publishInRoom(channel, NODE_B, restart);
            shopper.next("ice-restart");
            // What this node published itself, for sockets of the shopper here and elsewhere, it wrote here already.
            publishInRoom(channel, bus.nodeId(), restart);
            shopper.expectSilence();

            shopper.send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(consultationId));
            awaitUnsubscribed(channel);
        }
        Rooms.end(consultationId);
    }

    @Test
    void aParticipantWhoWasHereOnlyThroughANodeThatDiedIsPausedOnceForThePeer() {
        String visitorId = TestShopperTickets.newVisitorId();
        Participant shopper = Participant.shopper(visitorId);
        UUID consultationId = Rooms.open(visitorId, STAFF);
        String nodeC = "node-c-" + UUID.randomUUID();
        arriveAsNode(nodeC, consultationId, shopper);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId));
            assertThat(staff.next("joined").path("peerPresent").asBoolean()).as("the shopper is on node C, alive").isTrue();

            // Node C is killed: it tells nobody, and its lease runs out.
            redis.key().del(leases.key(nodeC));
            assertThat(presence.present(consultationId, shopper, false)).as("a dead node's sockets do not count").isFalse();

            assertThat(cleanup.pauseThoseOfDeadNodes()).contains(new Pauses.Away(consultationId, shopper));
            staff.next("peer-paused");
            assertThat(cleanup.pauseThoseOfDeadNodes()).as("handed to one node, once").doesNotContain(new Pauses.Away(consultationId, shopper));
            assertThat(redis.hash(Long.class).hgetall(presence.key(consultationId)))
                    .containsOnlyKeys(presence.field(Participant.staff(STAFF), bus.nodeId()));
            assertThat(redis.set(String.class).sismember(leases.nodesKey(), nodeC)).as("the dead node is forgotten").isFalse();
        }
        Rooms.end(consultationId);
    }

    @Test
    void theSocketLimitCountsAnIdentitysSocketsOnOtherLiveNodes() throws InterruptedException {
        String visitorId = TestShopperTickets.newVisitorId();
        String key = socketCount.key(Participant.shopper(visitorId));
        var sockets = redis.set(String.class);
        redis.value(String.class).set(leases.key(NODE_B), "alive", new SetArgs().px(NodeLease.LEASE));
        sockets.sadd(key, NODE_B + "|socket-1", NODE_B + "|socket-2");

        try (TestSocket third = TestSocket.shopper(baseUri, visitorId)) {
            awaitRegistered(third);
            try (TestSocket fourth = TestSocket.shopper(baseUri, visitorId)) {
                assertThat(fourth.awaitClose(Duration.ofSeconds(10)).getCode()).as("two on node B, one here").isEqualTo(4409);
            }
            assertThat(sockets.scard(key)).as("the refused socket is not counted").isEqualTo(3);

            // Node B died: its lease ends, and its sockets stop counting at the next upgrade.
            redis.key().del(leases.key(NODE_B));
            try (TestSocket again = TestSocket.shopper(baseUri, visitorId)) {
                awaitRegistered(again);
                assertThat(sockets.smembers(key)).as("only this node's two sockets").hasSize(2)
                        .noneMatch(member -> member.startsWith(NODE_B));
            }
        }
        // The server closes its side after the client: allow it a moment.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sockets.scard(key) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sockets.smembers(key)).as("closed sockets give their place back").isEmpty();
    }

    @Test
    void aNodeKeepsItsLeaseAlive() {
        String lease = leases.key(bus.nodeId());
        assertThat(redis.key().pttl(lease)).as("taken at start").isPositive();
        redis.key().del(lease);

        leases.renew();

        assertThat(redis.key().pttl(lease)).isBetween(1L, NodeLease.LEASE.toMillis());
    }

    /** One round trip: the socket's open has run on the server, so a push finds it. */
    private static void awaitRegistered(TestSocket socket) {
        socket.send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
        socket.next("error");
    }

    /** What a node does when a socket of the participant joins the room there: its lease, its count, its list of rooms. */
    private void arriveAsNode(String node, UUID consultationId, Participant participant) {
        redis.value(String.class).set(leases.key(node), "alive", new SetArgs().px(NodeLease.LEASE));
        redis.set(String.class).sadd(leases.nodesKey(), node);
        redis.hash(Long.class).hincrby(presence.key(consultationId), presence.field(participant, node), 1);
        redis.set(String.class).sadd(presence.roomsKey(node), new Pauses.Away(consultationId, participant).member());
    }

    private void listenInRoomAsNodeB(String channel) {
        nodeB.add(redis.pubsub(String.class).subscribe(channel, heardInRoomByB::add));
    }

    /** The next room message node A published, without the origin it starts with. */
    private String nextInRoomFromA() throws InterruptedException {
        String message = heardInRoomByB.poll(TestSocket.RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message).as("a room message from node A within %s", TestSocket.RECEIVE_TIMEOUT).isNotNull()
                .startsWith(bus.nodeId() + "\n");
        return message.substring(message.indexOf('\n') + 1);
    }

    private void publishInRoom(String channel, String origin, String text) {
        redis.pubsub(String.class).publish(channel, origin + "\n" + text);
    }

    private long subscribers(String channel) {
        return redis.execute("PUBSUB", "NUMSUB", channel).get(1).toLong();
    }

    private void awaitUnsubscribed(String channel) throws InterruptedException {
        long deadline = System.nanoTime() + TestSocket.RECEIVE_TIMEOUT.toNanos();
        while (subscribers(channel) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(subscribers(channel)).as("unsubscribed once the last socket left").isZero();
    }

    private void publishAsNodeB(Envelope envelope) {
        try {
            redis.pubsub(String.class).publish(bus.channel(), json.writeValueAsString(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next envelope node A published; its own are heard by B like any other. */
    private Envelope nextHeardByB() throws InterruptedException {
        Envelope envelope;
        do {
            envelope = heardByB.poll(TestSocket.RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(envelope).as("an envelope from node A within %s", TestSocket.RECEIVE_TIMEOUT).isNotNull();
        } while (NODE_B.equals(envelope.origin()));
        return envelope;
    }
}
