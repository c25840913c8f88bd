package io.tsunagu.matching.offer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.tsunagu.matching.support.Api.problem;
import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

/** A thousand accepts of one offer at once, over HTTP with aoi's real token: exactly one wins. */
@QuarkusTest
class ConcurrentAcceptTest {

    private static final int ACCEPTS = 1000;
    /** Bounded, so the test measures the service's locking rather than the machine's thread limit. */
    private static final int CLIENT_THREADS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    ConsultationRepository consultations;
    @TestHTTPResource("/api/matching/offers/")
    URL offers;

    private final String climber = TestShopperTickets.newVisitorId();

    @BeforeEach
    void aoiIsFree() {
        tables.clear();
        when(profileBridgeMock.interests(climber)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
    }

    @Test
    void exactlyOneOfAThousandConcurrentAcceptsWinsAndTheRestAreConflicts() throws Exception {
        String requestId = Shoppers.openRequest(climber);
        String offerId = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
        String token = KeycloakTokens.accessToken(DemoUsers.AOI);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest accept = HttpRequest.newBuilder(URI.create(offers + offerId + "/accept"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < ACCEPTS; i++) {
                answers.add(pool.submit(() -> http.send(accept, HttpResponse.BodyHandlers.ofString())));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        List<HttpResponse<String>> won = new ArrayList<>();
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            (response.statusCode() / 100 == 2 ? won : refused).add(response);
        }
        assertThat(won).hasSize(1);
        assertThat(refused).hasSize(ACCEPTS - 1);
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("type").asText()).isEqualTo(problem("offer-taken"));
            assertThat(body.path("status").asInt()).isEqualTo(409);
        });
        String consultationId = JSON.readTree(won.get(0).body()).path("id").asText();
        assertThat(consultationsOfOffer(UUID.fromString(offerId))).containsExactly(UUID.fromString(consultationId));
    }

    @Transactional
    List<UUID> consultationsOfOffer(UUID offerId) {
        return consultations.list("offerId", offerId).stream().map(consultation -> consultation.getId()).toList();
    }
}
