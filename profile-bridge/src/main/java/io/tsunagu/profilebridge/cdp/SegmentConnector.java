package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A connector for a Segment-style CDP, following Segment's published APIs: profiles are read from the
 * Profile API ({@code GET {profiles}/v1/spaces/{space}/collections/users/profiles/user_id:{id}/traits},
 * HTTP Basic with the access token as user name and an empty password; 404 when unknown), and
 * consultations are written through the Tracking API ({@code POST {tracking}/v1/track}, Basic with
 * the source's write key) as a {@code Consultation Finished} event whose messageId is the
 * consultation id, so that a retry is deduplicated by the CDP.
 */
public class SegmentConnector implements CdpConnector {

    static final String EVENT = "Consultation Finished";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI profilesBase;
    private final String spaceId;
    private final String accessToken;
    private final URI trackingBase;
    private final String writeKey;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SegmentConnector(URI profilesBase, String spaceId, String accessToken, URI trackingBase, String writeKey, ObjectMapper json) {
        this.profilesBase = profilesBase;
        this.spaceId = spaceId;
        this.accessToken = accessToken;
        this.trackingBase = trackingBase;
        this.writeKey = writeKey;
        this.json = json;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Optional<CdpProfile> fetch(String memberId) {
        String externalId = URLEncoder.encode("user_id:" + memberId, StandardCharsets.UTF_8);
        URI uri = profilesBase.resolve("/v1/spaces/" + URLEncoder.encode(spaceId, StandardCharsets.UTF_8)
                + "/collections/users/profiles/" + externalId + "/traits");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Authorization", basic(accessToken)).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expectSuccess(response, "the profile of " + memberId);
        try {
            JsonNode traits = json.readTree(response.body()).path("traits");
            Map<String, Object> values = traits.isObject()
                    ? json.convertValue(traits, new TypeReference<LinkedHashMap<String, Object>>() { })
                    : Map.of();
            return Optional.of(new CdpProfile(memberId, values));
        } catch (IOException e) {
            throw new CdpUnavailableException("the CDP's profile answer is not JSON", e);
        }
    }

    @Override
    public void pushConsultation(String memberId, CdpConsultation consultation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("consultationId", consultation.consultationId().toString());
        properties.put("staffUsername", consultation.staffUsername());
        properties.put("tags", consultation.tags());
        properties.put("productIds", consultation.productIds());
        properties.put("outcome", consultation.outcome());
        properties.put("followUpOn", consultation.followUpOn() == null ? null : consultation.followUpOn().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", memberId);
        body.put("event", EVENT);
        body.put("messageId", consultation.consultationId().toString());
        body.put("timestamp", consultation.at().toString());
        body.put("properties", properties);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("a consultation always serialises", e);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(trackingBase.resolve("/v1/track"))
                .header("Authorization", basic(writeKey)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        expectSuccess(response, "the consultation " + consultation.consultationId());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CdpUnavailableException("the CDP could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CdpUnavailableException("interrupted while calling the CDP", e);
        }
    }

    private static void expectSuccess(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new CdpUnavailableException("the CDP answered HTTP " + response.statusCode() + " for " + what, null);
        }
    }

    /** HTTP Basic with the key as user name and an empty password, as Segment's APIs expect. */
    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }
}
