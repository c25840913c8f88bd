package io.tsunagu.profilebridge.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.testing.ApiCalls.asService;
import static org.assertj.core.api.Assertions.assertThat;

/** The signed webhook, sent to a fake receiver on loopback (the port is the one in the %test configuration). */
@QuarkusTest
class WebhookServiceTest {

    private static final int FAKE_RECEIVER_PORT = 41873;
    private static final String SECRET = "test-only-webhook-secret";
    /** The default first retry, PT10S. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

    @Inject
    WebhookService webhook;
    @Inject
    ObjectMapper json;

    private HttpServer fakeReceiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** The fake answers 503 this many times before it accepts. */
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private record Received(Map<String, String> headers, String body) {
    }

    @BeforeEach
    void startTheFakeReceiver() throws IOException {
        fakeReceiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FAKE_RECEIVER_PORT), 0);
        fakeReceiver.createContext("/hooks/consultations", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        fakeReceiver.start();
    }

    @AfterEach
    void stopIt() {
        fakeReceiver.stop(0);
    }

    private List<Received> deliveriesOf(UUID consultation) {
        return received.stream().filter(r -> r.body().contains(consultation.toString())).toList();
    }

    private UUID finishConsultation() {
        UUID consultation = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(note(consultation, DemoUsers.AOI, "Bought the tent.", List.of("camping")));
        body.put("outcome", "PURCHASED");
        body.put("productIds", List.of("p-7"));
        asService().body(body).post(NOTES, TestShopperTickets.newVisitorId()).then().statusCode(201);
        return consultation;
    }

    @Test
    void aFinishedConsultationIsDeliveredSignedOnce() throws IOException {
        UUID consultation = finishConsultation();

        webhook.deliverDue(Instant.now());
        webhook.deliverDue(Instant.now().plus(Duration.ofDays(1)));

        List<Received> deliveries = deliveriesOf(consultation);
        assertThat(deliveries).hasSize(1);
        Received delivery = deliveries.get(0);
        long timestamp = Long.parseLong(delivery.headers().get("x-tsunagu-timestamp"));
        assertThat(delivery.headers().get("x-tsunagu-signature")).isEqualTo(WebhookSigner.sign(SECRET, timestamp, delivery.body()));
        assertThat(delivery.headers().get("x-tsunagu-signature")).isNotEqualTo(WebhookSigner.sign("another secret", timestamp, delivery.body()));
        JsonNode payload = json.readTree(delivery.body());
        assertThat(payload.get("type").asText()).isEqualTo("consultation.finished");
        assertThat(payload.get("outcome").asText()).isEqualTo("PURCHASED");
        assertThat(payload.get("deliveryId").asText()).isEqualTo(delivery.headers().get("x-tsunagu-delivery"));
    }

    @Test
    void aFailedDeliveryIsRetriedAfterAPauseThatDoubles() {
        failuresLeft.set(2);
        UUID consultation = finishConsultation();
        Instant start = Instant.now();

        webhook.deliverDue(start);                                                  // 1st attempt: 503
        webhook.deliverDue(start.plus(FIRST_RETRY).minusSeconds(1));                // not due yet
        webhook.deliverDue(start.plus(FIRST_RETRY));                                // 2nd attempt: 503
        Instant second = start.plus(FIRST_RETRY);
        webhook.deliverDue(second.plus(FIRST_RETRY.multipliedBy(2)).minusSeconds(1)); // not due yet
        webhook.deliverDue(second.plus(FIRST_RETRY.multipliedBy(2)));               // 3rd attempt: accepted
        webhook.deliverDue(second.plus(Duration.ofDays(1)));                        // nothing left

        List<Received> deliveries = deliveriesOf(consultation);
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(r -> r.headers().get("x-tsunagu-delivery")).containsOnly(deliveries.get(0).headers().get("x-tsunagu-delivery"));
    }
}
