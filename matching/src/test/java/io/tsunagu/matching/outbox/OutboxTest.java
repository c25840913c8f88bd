package io.tsunagu.matching.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The outbox against mocked receivers on the real PostgreSQL: a receiver that fails is retried with
 * back-off and holds back the later messages of the same key; a refusal is dropped; a rolled-back
 * transaction sends nothing; rows a crashed process left behind are delivered by the next drain,
 * which is what a restarted matching runs (%test: first retry after 200 ms).
 */
@QuarkusTest
class OutboxTest {

    private static final Duration DELIVERY = Duration.ofSeconds(10);
    private static final UUID CONSULTATION = UUID.fromString("7a1c2a0e-5f4e-4d0b-9a53-2f1f5b6c7d80");
    private static final String VISITOR = "v-0123456789abcdef";

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    Signaling signalingMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @Inject
    Outbox outbox;
    @Inject
    OutboxSender sender;
    @Inject
    Tables tables;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void empty() {
        tables.clear();
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of());
    }

    @Test
    void aFailingReceiverIsRetriedAndHoldsBackTheLaterMessagesOfItsKey() {
        doThrow(new ProcessingException("connection refused"), new ProcessingException("connection refused"))
                .doNothing()
                .when(staffDirectoryMock).setPresence(DemoUsers.AOI, Presence.OFFERED);

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(new Outbound.SetPresence(DemoUsers.AOI, Presence.OFFERED));
            outbox.add(new Outbound.SetPresence(DemoUsers.AOI, Presence.AVAILABLE));
            outbox.add(new Outbound.SetPresence(DemoUsers.REN, Presence.IN_CALL));
        });

        awaitEmptyOutbox();
        InOrder aoi = inOrder(staffDirectoryMock);
        aoi.verify(staffDirectoryMock, times(3)).setPresence(DemoUsers.AOI, Presence.OFFERED);
        aoi.verify(staffDirectoryMock).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
        // Another key is not held back by aoi's failures.
        verify(staffDirectoryMock).setPresence(DemoUsers.REN, Presence.IN_CALL);
    }

    @Test
    void aMessageWhoseTransactionCommitsLateStillGoesBeforeTheLaterMessagesOfItsKey() throws Exception {
        // hana's IN_CALL takes its id first but commits only while a delivery for ren is under way; her WRAP_UP,
        // written after that commit, must still reach staff-directory after it.
        CountDownLatch inCallWritten = new CountDownLatch(1);
        CountDownLatch commitInCall = new CountDownLatch(1);
        CountDownLatch renDelivering = new CountDownLatch(1);
        CountDownLatch finishRen = new CountDownLatch(1);
        doAnswer(call -> {
            renDelivering.countDown();
            assertThat(finishRen.await(10, TimeUnit.SECONDS)).isTrue();
            return null;
        }).when(staffDirectoryMock).setPresence(DemoUsers.REN, Presence.OFFERED);
        ExecutorService late = Executors.newSingleThreadExecutor();
        try {
            Future<?> inCall = late.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.add(new Outbound.SetPresence(DemoUsers.HANA, Presence.IN_CALL));
                inCallWritten.countDown();
                await().atMost(DELIVERY).until(() -> commitInCall.await(10, TimeUnit.MILLISECONDS));
            }));
            assertThat(inCallWritten.await(10, TimeUnit.SECONDS)).isTrue();
            QuarkusTransaction.requiringNew().run(() -> outbox.add(new Outbound.SetPresence(DemoUsers.REN, Presence.OFFERED)));
            assertThat(renDelivering.await(10, TimeUnit.SECONDS)).isTrue();

            commitInCall.countDown();
            inCall.get(10, TimeUnit.SECONDS);
            QuarkusTransaction.requiringNew().run(() -> outbox.add(new Outbound.SetPresence(DemoUsers.HANA, Presence.WRAP_UP)));
            finishRen.countDown();

            awaitEmptyOutbox();
        } finally {
            finishRen.countDown();
            commitInCall.countDown();
            late.shutdownNow();
        }
        InOrder hana = inOrder(staffDirectoryMock);
        hana.verify(staffDirectoryMock).setPresence(DemoUsers.HANA, Presence.IN_CALL);
        hana.verify(staffDirectoryMock).setPresence(DemoUsers.HANA, Presence.WRAP_UP);
    }

    @Test
    void aCommitAnswersOnceItsMessagesAreDelivered() {
        QuarkusTransaction.requiringNew().run(() -> outbox.add(new Outbound.SetPresence(DemoUsers.AOI, Presence.WRAP_UP)));

        // No wait here: the commit itself waited for the sender (up to 2 s), as a decline or an end does.
        verify(staffDirectoryMock).setPresence(DemoUsers.AOI, Presence.WRAP_UP);
    }

    @Test
    void aFailedAttemptIsRecordedWithItsErrorAndANextAttempt() {
        doThrow(new ProcessingException("connection refused")).when(profileBridgeMock).grantReportAccess(any(), any(), any());

        QuarkusTransaction.requiringNew().run(() ->
                outbox.add(new Outbound.GrantReport(VISITOR, DemoUsers.AOI, Instant.parse("2026-11-25T10:00:00Z"))));

        OutboxMessage failed = await().atMost(DELIVERY).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager
                                .createQuery("from OutboxMessage", OutboxMessage.class).getResultStream().findFirst().orElse(null)),
                        message -> message != null && message.getAttempts() >= 2);
        assertThat(failed.getLastError()).contains("connection refused");
        assertThat(failed.getNextAttemptAt()).isAfter(failed.getCreatedAt());

        doNothing().when(profileBridgeMock).grantReportAccess(any(), any(), any());
        awaitEmptyOutbox();
        verify(profileBridgeMock, times(failed.getAttempts() + 1))
                .grantReportAccess(VISITOR, DemoUsers.AOI, Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void aRefusalIsDroppedNotRetried() {
        doThrow(new WebApplicationException(409)).when(signalingMock).openRoom(CONSULTATION, VISITOR, DemoUsers.AOI);

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(new Outbound.OpenRoom(CONSULTATION, VISITOR, DemoUsers.AOI));
            outbox.add(new Outbound.CloseRoom(CONSULTATION));
        });

        // The close comes after the open on the same key: once it is delivered, the open was done with.
        verify(signalingMock, timeout(DELIVERY.toMillis())).closeRoom(CONSULTATION);
        awaitEmptyOutbox();
        verify(signalingMock, times(1)).openRoom(CONSULTATION, VISITOR, DemoUsers.AOI);
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(new Outbound.SetPresence(DemoUsers.HANA, Presence.OFFERED));
            throw new IllegalStateException("the offer could not be made");
        })).isInstanceOf(IllegalStateException.class);

        QuarkusTransaction.requiringNew().run(() -> outbox.add(new Outbound.SetPresence(DemoUsers.HANA, Presence.AWAY)));
        verify(staffDirectoryMock, timeout(DELIVERY.toMillis())).setPresence(DemoUsers.HANA, Presence.AWAY);
        verify(staffDirectoryMock, never()).setPresence(DemoUsers.HANA, Presence.OFFERED);
    }

    @Test
    void whatACrashedProcessLeftInTheTableIsDeliveredByTheNextDrain() throws Exception {
        // Rows as a process leaves them that committed its changes and died before sending: written
        // straight into the table, so no commit of this process wakes the sender; its periodic drain must.
        JsonNode withdrawn = json.readTree("{\"type\":\"offer-withdrawn\",\"offerId\":\"" + UUID.randomUUID() + "\",\"reason\":\"TIMED_OUT\"}");
        Instant now = Instant.now();
        insertLeftOver(new Outbound.GrantReport(VISITOR, DemoUsers.REN, now.plusSeconds(3600)), now.minusSeconds(30), 0);
        insertLeftOver(new Outbound.PushToStaff(DemoUsers.REN, withdrawn), now.minusSeconds(29), 3);
        insertLeftOver(new Outbound.CloseRoom(CONSULTATION), now.minusSeconds(28), 1);

        verify(profileBridgeMock, timeout(DELIVERY.toMillis())).grantReportAccess(VISITOR, DemoUsers.REN, now.plusSeconds(3600));
        verify(signalingMock, timeout(DELIVERY.toMillis())).deliver(Recipient.staff(DemoUsers.REN), withdrawn);
        verify(signalingMock, timeout(DELIVERY.toMillis())).closeRoom(CONSULTATION);
        awaitEmptyOutbox();
    }

    @Test
    void theBackOffDoublesUpToItsMaximum() {
        assertThat(sender.backOff(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(sender.backOff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(sender.backOff(3)).isEqualTo(Duration.ofMillis(1600));
        assertThat(sender.backOff(40)).isEqualTo(Duration.ofMinutes(1));
    }

    private void insertLeftOver(Outbound message, Instant writtenAt, int attempts) throws Exception {
        String payload = json.writerFor(Outbound.class).writeValueAsString(message);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "INSERT INTO outbox_message (ordering_key, payload, created_at, attempts, next_attempt_at) "
                                + "VALUES (?1, cast(?2 as jsonb), ?3, ?4, ?3)")
                .setParameter(1, message.orderingKey())
                .setParameter(2, payload)
                .setParameter(3, writtenAt)
                .setParameter(4, attempts)
                .executeUpdate());
    }

    private void awaitEmptyOutbox() {
        await("the outbox is empty").atMost(DELIVERY).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew().call(() ->
                        entityManager.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult()) == 0);
    }

    private static <T> T any() {
        return org.mockito.ArgumentMatchers.any();
    }
}
