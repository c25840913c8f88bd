package io.tsunagu.profilebridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest throughput of a running profile-bridge (real PostgreSQL behind it) while customer reports
 * are read at the same time: writers post batches of 100 events for random shoppers, readers fetch
 * reports as an admin (managers read no individual report). Prints the numbers and a last line {@code RESULT ingest_events_s=… report_p99_ms=…}.
 * Arguments: base URL (default http://127.0.0.1:8082), total events (default 100000).
 * Goals of issue 5: 20,000 events/s on 2 cores and a report p99 of 20 ms.
 */
public final class ProfileBenchmark {

    private static final int BATCH = 100;
    private static final int SHOPPERS = 200;
    private static final int WRITERS = 4;
    private static final int READERS = 2;
    private static final String[] TYPES = {"page_view", "product_view", "search", "favorite", "cart_add", "purchase"};
    private static final String[] TAGS = {"mountaineering", "camping", "skiing", "rainwear", "trail-running", "townwear"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = (args.length > 0 ? args[0] : "http://127.0.0.1:8082") + "/api/profile-bridge";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String adminToken = KeycloakTokens.accessToken(DemoUsers.MEI);

        List<String[]> shoppers = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            JsonNode ticket = JSON.readTree(send(http, post(base + "/shopper-tickets", "{}").build(), 201));
            String visitor = ticket.get("visitorId").asText();
            String token = ticket.get("ticket").asText();
            send(http, HttpRequest.newBuilder(URI.create(base + "/shoppers/me/consent")).header("Content-Type", "application/json")
                    .header(ShopperTickets.HEADER, token).PUT(HttpRequest.BodyPublishers.ofString("{\"useBehaviour\":true}")).build(), 200);
            shoppers.add(new String[]{visitor, token});
        }
        // Warm-up: the JIT and the connection pool, not measured.
        for (int i = 0; i < 20; i++) {
            String[] shopper = shoppers.get(i % SHOPPERS);
            send(http, post(base + "/events", batch()).header(ShopperTickets.HEADER, shopper[1]).build(), 202);
            send(http, report(base, shopper[0], adminToken), 200);
        }

        int batches = total / BATCH;
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<List<Long>>> readers = new ArrayList<>();
        long start = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                while (next.getAndIncrement() < batches) {
                    String[] shopper = shoppers.get(ThreadLocalRandom.current().nextInt(SHOPPERS));
                    send(http, post(base + "/events", batch()).header(ShopperTickets.HEADER, shopper[1]).build(), 202);
                }
                return null;
            }));
        }
        for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                while (writing.get()) {
                    String visitor = shoppers.get(ThreadLocalRandom.current().nextInt(SHOPPERS))[0];
                    long t0 = System.nanoTime();
                    send(http, report(base, visitor, adminToken), 200);
                    micros.add((System.nanoTime() - t0) / 1000);
                }
                return micros;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writing.set(false);
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> reader : readers) {
            latencies.addAll(reader.get());
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double eventsPerSecond = batches * (double) BATCH / seconds;
        System.out.printf(Locale.ROOT, "events %d in batches of %d by %d writers for %d shoppers: %.1f s%n",
                batches * BATCH, BATCH, WRITERS, SHOPPERS, seconds);
        System.out.printf(Locale.ROOT, "reports read concurrently by %d readers: %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                READERS, sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        System.out.println("goals (issue 5): ingest >= 20000 events/s on 2 cores, report p99 <= 20 ms");
        System.out.printf(Locale.ROOT, "RESULT ingest_events_s=%.0f report_p99_ms=%.1f%n", eventsPerSecond, pct(sorted, 99));
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static String batch() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Object> events = new ArrayList<>(BATCH);
        Instant now = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            events.add(java.util.Map.of(
                    "id", UUID.randomUUID().toString(),
                    "type", TYPES[random.nextInt(TYPES.length)],
                    "productId", "p-" + random.nextInt(500),
                    "tags", Arrays.asList(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]),
                    "occurredAt", now.minusSeconds(random.nextInt(30 * 24 * 3600)).toString()));
        }
        return JSON.writeValueAsString(java.util.Map.of("events", events));
    }

    private static HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest report(String base, String visitor, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/shoppers/" + visitor + "/report"))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
