package io.tsunagu.profilebridge.cdp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake Segment on loopback that follows the documented Profile API (traits by external id
 * {@code user_id:…}, Basic auth with the access token and an empty password, 404 for an unknown
 * user) and Tracking API ({@code POST /v1/track} with the write key).
 */
final class FakeSegment implements AutoCloseable {

    static final String SPACE = "spa_test";
    static final String TOKEN = "test-profile-token";
    static final String WRITE_KEY = "test-write-key";

    private final HttpServer server;
    private final Map<String, String> traitsByMember = new ConcurrentHashMap<>();
    private final List<String> tracked = new CopyOnWriteArrayList<>();
    private final AtomicInteger profileStatus = new AtomicInteger(200);
    private final AtomicInteger trackStatus = new AtomicInteger(200);
    private final AtomicReference<Duration> profileDelay = new AtomicReference<>(Duration.ZERO);

    /** Starts on the port, or on any free one for 0. */
    FakeSegment(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/v1/spaces/", this::profile);
        server.createContext("/v1/track", this::track);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The member's traits, as the JSON object the Profile API answers with. */
    void knows(String memberId, String traitsJson) {
        traitsByMember.put(memberId, traitsJson);
    }

    void answerProfilesWith(int status) {
        profileStatus.set(status);
    }

    void answerProfilesAfter(Duration delay) {
        profileDelay.set(delay);
    }

    void answerTracksWith(int status) {
        trackStatus.set(status);
    }

    /** The bodies of the track calls accepted or refused so far, in order. */
    List<String> tracked() {
        return tracked;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void profile(HttpExchange exchange) throws IOException {
        if (!authorised(exchange, TOKEN)) {
            answer(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        try {
            Thread.sleep(profileDelay.get().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (profileStatus.get() != 200) {
            answer(exchange, profileStatus.get(), "{\"error\":\"failed\"}");
            return;
        }
        String prefix = "/v1/spaces/" + SPACE + "/collections/users/profiles/user_id:";
        String path = exchange.getRequestURI().getPath();
        String member = path.startsWith(prefix) && path.endsWith("/traits")
                ? path.substring(prefix.length(), path.length() - "/traits".length()) : "";
        String traits = traitsByMember.get(member);
        if (traits == null) {
            answer(exchange, 404, "{\"error\":\"Resource not found\"}");
        } else {
            answer(exchange, 200, "{\"traits\":" + traits + ",\"cursor\":{\"url\":\"\",\"has_more\":false,\"next\":\"\"}}");
        }
    }

    private void track(HttpExchange exchange) throws IOException {
        if (!authorised(exchange, WRITE_KEY) || !"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 401, "");
            return;
        }
        tracked.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        answer(exchange, trackStatus.get(), "{\"success\":true}");
    }

    private static boolean authorised(HttpExchange exchange, String key) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
