package io.tsunagu.signaling.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.tsunagu.shopperticket.ShopperTicketCodec;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import org.jboss.logmanager.LogContext;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;

/**
 * The signaling benchmark: starts the built signaling jar (one node with a 1 GiB heap, then two nodes
 * sharing Redis) and drives it with JDK WebSocket clients.
 * <ol>
 * <li>connections: idle shopper sockets opened and held; the node's heap read from /q/metrics after a GC hint;</li>
 * <li>relay: pairs in rooms relay ICE candidates at a fixed total rate; latency from send to receipt;</li>
 * <li>join-to-first-relay: from the second side's join to the peer receiving its first relayed message;</li>
 * <li>two nodes: the staff side on node A, the shopper side on node B, the same relay through Redis.</li>
 * </ol>
 * Client and server share the machine, so the numbers include the client's own load. Needs PostgreSQL,
 * Keycloak and Redis on loopback as the tests do. Properties: connections, rate, seconds, warmup (seconds of
 * relaying, the rate ramping up, before the measured ones; not counted), pairs; node.jvm adds one JVM
 * option to the nodes (PORT in it becomes the port), e.g. a flight recording.
 */
public final class SignalingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOP_ORIGIN = "http://localhost:8080";
    /** The ticket secret the benchmark's nodes are started with; benchmark-only. */
    private static final String TICKET_SECRET = "bench-only-shopper-ticket-secret-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int connections = Integer.getInteger("connections", 10_000);
    private final int rate = Integer.getInteger("rate", 5_000);
    private final int seconds = Integer.getInteger("seconds", 10);
    private final int warmUp = Integer.getInteger("warmup", 20);
    private final int pairs = Integer.getInteger("pairs", 100);
    private final ShopperTicketCodec tickets = new ShopperTicketCodec(TICKET_SECRET, Duration.ofMinutes(15));
    private final String serviceToken = KeycloakTokens.serviceToken();
    private final String staffToken = KeycloakTokens.accessToken(DemoUsers.AOI);

    public static void main(String[] args) throws Exception {
        // On this class path JBoss LogManager answers the JDK's System.Logger with DEBUG on, so the JDK's
        // WebSocket client formatted a debug record for every frame (400 MB/s of garbage, the client's
        // CPU doubled): its own logging is quieted first.
        LogContext.getLogContext().getLogger("jdk.internal.httpclient").setLevel(Level.INFO);
        new SignalingBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path jar = Path.of(System.getProperty("signaling.jar", "signaling/target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            jar = Path.of("target/quarkus-app/quarkus-run.jar");
        }
        String prefix = "tsunagu:bench:" + UUID.randomUUID();
        System.out.printf("signaling benchmark: %d connections, relay %d msg/s for %d s over %d pairs; %d cores; jar %s%n",
                connections, rate, seconds, pairs, Runtime.getRuntime().availableProcessors(), jar);

        long heldConnections;
        double heapMb;
        Latencies oneNode;
        Latencies joinToRelay;
        try (Node node = Node.start(jar, 18_084, false, prefix)) {
            URI base = node.base();
            // The idle sockets have a client of their own, let go of afterwards: their buffers (about
            // 600 MiB here) would otherwise stay in this JVM, whose collector pauses, up to 450 ms, would
            // then be measured as relay latency.
            HttpClient idleClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<WebSocket> idle = openIdle(idleClient, base, connections);
            heldConnections = idle.stream().filter(ws -> !ws.isInputClosed()).count();
            heapMb = node.heapUsedMb();
            System.out.printf("connections: %d of %d open; heap used %.0f MiB of 1024%n", heldConnections, connections, heapMb);
            idle.forEach(ws -> ws.abort());
            idle = null;
            idleClient = null;
            System.gc();

            joinToRelay = joinToFirstRelay(base, base, 50);
            System.out.printf("join-to-first-relay over 50 pairs: p50 %.2f ms, p99 %.2f ms%n", joinToRelay.percentile(50), joinToRelay.percentile(99));
            double nodeCpu = node.cpuSeconds();
            double clientCpu = clientCpuSeconds();
            oneNode = relay(base, base, rate);
            System.out.printf("CPU over the relay: node %.1f s, client %.1f s%n", node.cpuSeconds() - nodeCpu, clientCpuSeconds() - clientCpu);
            System.out.printf("one node, %d msg/s: p50 %.2f ms, p99 %.2f ms (%d received of %d sent)%n",
                    rate, oneNode.percentile(50), oneNode.percentile(99), oneNode.size(), oneNode.sent);
        }

        Latencies twoNodes;
        try (Node a = Node.start(jar, 18_084, true, prefix); Node b = Node.start(jar, 18_085, true, prefix)) {
            double[] cpu = {a.cpuSeconds(), b.cpuSeconds(), clientCpuSeconds()};
            twoNodes = relay(a.base(), b.base(), rate);
            System.out.printf("CPU over the relay: node A %.1f s, node B %.1f s, client %.1f s%n",
                    a.cpuSeconds() - cpu[0], b.cpuSeconds() - cpu[1], clientCpuSeconds() - cpu[2]);
            System.out.printf("two nodes via Redis, %d msg/s: p50 %.2f ms, p99 %.2f ms (%d received of %d sent)%n",
                    rate, twoNodes.percentile(50), twoNodes.percentile(99), twoNodes.size(), twoNodes.sent);
        }
        System.out.println("goals: 10,000 connections within 1 GiB; relay p99 <= 20 ms at 5,000 msg/s; two nodes p99 <= 30 ms");
        System.out.printf("RESULT connections=%d heap_mb=%.0f relay_p50_ms=%.2f relay_p99_ms=%.2f rate_msgs_s=%d two_node_relay_p99_ms=%.2f join_to_first_relay_p50_ms=%.2f%n",
                heldConnections, heapMb, oneNode.percentile(50), oneNode.percentile(99), oneNode.achievedRate(seconds),
                twoNodes.percentile(99), joinToRelay.percentile(50));
    }

    /** Opens idle shopper sockets, a few hundred at a time. */
    private List<WebSocket> openIdle(HttpClient client, URI base, int count) throws Exception {
        List<WebSocket> open = new ArrayList<>(count);
        long started = System.nanoTime();
        int batch = 200;
        for (int i = 0; i < count; i += batch) {
            List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
            for (int j = i; j < Math.min(count, i + batch); j++) {
                pending.add(connect(client, base, "Shopper-Ticket", ticket("bench-idle-" + j), message -> { }));
            }
            for (CompletableFuture<WebSocket> socket : pending) {
                try {
                    open.add(socket.get(30, TimeUnit.SECONDS));
                } catch (Exception e) {
                    System.out.println("a connection failed: " + e.getCause());
                }
            }
        }
        System.out.printf("opened %d sockets in %.1f s%n", open.size(), (System.nanoTime() - started) / 1e9);
        return open;
    }

    /** Pairs in rooms, the staff side on {@code staffNode} and the shopper side on {@code shopperNode}, relaying at {@code perSecond}. */
    private Latencies relay(URI staffNode, URI shopperNode, int perSecond) throws Exception {
        Latencies latencies = new Latencies();
        List<Pair> opened = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            opened.add(openPair(staffNode, shopperNode, latencies::recordSent));
        }
        // The nodes' JIT compiles the relay path in the first seconds: the warm-up ramps the rate up from
        // nothing and is not counted. The count starts with the first message sent at the full rate.
        latencies.countFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUp);
        send(opened, perSecond, warmUp, seconds, latencies);
        Thread.sleep(2000);
        for (Pair pair : opened) {
            pair.close();
        }
        // The nodes count the closed sockets out of the rooms' presence in Redis before they are stopped.
        Thread.sleep(2000);
        return latencies;
    }

    /**
     * Sends candidates round-robin over the pairs: during {@code rampSeconds} the rate grows evenly from
     * nothing to {@code perSecond}, then holds for {@code seconds}. Full load on freshly started nodes,
     * before their JIT has compiled the relay path, built a queue on these 2 cores that the rest of the
     * run never worked off. The sender sleeps to each millisecond and sends what fell due meanwhile,
     * rather than spinning between messages 0.2 ms apart: a spinning sender would hold one of the
     * machine's two cores, which the nodes under test need.
     */
    private static void send(List<Pair> pairs, int perSecond, int rampSeconds, int seconds, Latencies latencies) throws InterruptedException {
        long start = System.nanoTime();
        double ramp = rampSeconds;
        long total = Math.round(perSecond * (ramp / 2 + seconds));
        long sent = 0;
        int i = 0;
        while (sent < total) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            double due = elapsed < ramp ? perSecond * elapsed * elapsed / (2 * ramp) : perSecond * (ramp / 2 + elapsed - ramp);
            for (long dueNow = Math.min(total, (long) due + 1); sent < dueNow; sent++) {
                Pair pair = pairs.get(i++ % pairs.size());
                long now = System.nanoTime();
                pair.staff.send(candidate(pair.consultationId, now));
                if (now >= latencies.countFrom) {
                    latencies.sent++;
                }
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    /** From the shopper's join to the staff side receiving the shopper's first relayed candidate. */
    private Latencies joinToFirstRelay(URI staffNode, URI shopperNode, int count) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            UUID consultationId = openRoom(staffNode);
            CountDownLatch relayed = new CountDownLatch(1);
            Client staff = Client.open(staffNode, "Authorization", "Bearer " + staffToken, message -> {
                if (message.path("type").asText().equals("ice-candidate")) {
                    relayed.countDown();
                }
            });
            staff.sendAndAwait(join(consultationId), "joined");
            CountDownLatch joined = new CountDownLatch(1);
            Client shopper = Client.open(shopperNode, "Shopper-Ticket", ticket(visitorOf(consultationId)), message -> {
                if (message.path("type").asText().equals("joined")) {
                    joined.countDown();
                }
            });
            long started = System.nanoTime();
            shopper.send(join(consultationId));
            joined.await(5, TimeUnit.SECONDS);
            shopper.send(candidate(consultationId, System.nanoTime()));
            if (relayed.await(5, TimeUnit.SECONDS)) {
                latencies.record((System.nanoTime() - started) / 1e6);
            }
            staff.close();
            shopper.close();
        }
        return latencies;
    }

    private record Pair(UUID consultationId, Client staff, Client shopper) {
        void close() {
            staff.close();
            shopper.close();
        }
    }

    private Pair openPair(URI staffNode, URI shopperNode, LongConsumer sentAtNanos) throws Exception {
        UUID consultationId = openRoom(staffNode);
        Client staff = Client.open(staffNode, "Authorization", "Bearer " + staffToken, message -> { });
        staff.sendAndAwait(join(consultationId), "joined");
        Client shopper = Client.open(shopperNode, "Shopper-Ticket", ticket(visitorOf(consultationId)), message -> {
            if (message.path("type").asText().equals("ice-candidate")) {
                String line = message.path("candidate").path("candidate").asText();
                sentAtNanos.accept(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
            }
        });
        shopper.sendAndAwait(join(consultationId), "joined");
        return new Pair(consultationId, staff, shopper);
    }

    private UUID openRoom(URI node) throws IOException, InterruptedException {
        UUID consultationId = UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/api/signaling/rooms"))
                .header("Authorization", "Bearer " + serviceToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"consultationId\":\"%s\",\"visitorId\":\"%s\",\"staffUsername\":\"%s\"}"
                        .formatted(consultationId, visitorOf(consultationId), DemoUsers.AOI)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("room not opened: " + response.statusCode() + " " + response.body());
        }
        return consultationId;
    }

    private static double clientCpuSeconds() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String visitorOf(UUID consultationId) {
        return "bench-" + consultationId.toString().replace("-", "").substring(0, 24);
    }

    private String ticket(String visitorId) {
        return tickets.issue(visitorId, Instant.now());
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }

    /** An ICE candidate whose last token is the send time, as the relay passes it on unchanged. */
    private static String candidate(UUID consultationId, long sentAtNanos) {
        return ("{\"type\":\"ice-candidate\",\"consultationId\":\"%s\",\"candidate\":{\"candidate\":"
                + "\"candidate:842163049 1 udp 1677729535 127.0.0.1 49160 typ relay raddr 0.0.0.0 rport 0 generation %d\","
                + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0}}").formatted(consultationId, sentAtNanos);
    }

    private static CompletableFuture<WebSocket> connect(HttpClient client, URI base, String header, String value,
                                                        Consumer<JsonNode> onMessage) {
        URI ws = URI.create(base.toString().replace("http://", "ws://") + "ws");
        return client.newWebSocketBuilder()
                .header("Origin", SHOP_ORIGIN)
                .header(header, value)
                .connectTimeout(Duration.ofSeconds(20))
                .buildAsync(ws, new Listener(onMessage));
    }

    /** Collects text frames (which may come in parts) and hands each whole message on. */
    private static final class Listener implements WebSocket.Listener {
        private final Consumer<JsonNode> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(Consumer<JsonNode> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    onMessage.accept(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    System.out.println("not JSON from the server");
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** A socket whose sends are chained, as the JDK client takes one send at a time. */
    private static final class Client {
        private final WebSocket socket;
        private final ConcurrentLinkedQueue<String> awaited = new ConcurrentLinkedQueue<>();
        private final CountDownLatch[] latch = {null};
        private CompletableFuture<WebSocket> last;

        private Client(WebSocket socket) {
            this.socket = socket;
            this.last = CompletableFuture.completedFuture(socket);
        }

        static Client open(URI base, String header, String value, Consumer<JsonNode> onMessage) throws Exception {
            Client[] client = {null};
            WebSocket socket = connect(HTTP, base, header, value, message -> {
                Client self = client[0];
                if (self != null && self.latch[0] != null && message.path("type").asText().equals(self.awaited.peek())) {
                    self.awaited.poll();
                    self.latch[0].countDown();
                }
                onMessage.accept(message);
            }).get(20, TimeUnit.SECONDS);
            client[0] = new Client(socket);
            return client[0];
        }

        synchronized void send(String text) {
            last = last.thenCompose(ws -> ws.sendText(text, true));
        }

        void sendAndAwait(String text, String type) throws InterruptedException {
            latch[0] = new CountDownLatch(1);
            awaited.add(type);
            send(text);
            if (!latch[0].await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no " + type + " within 10 s");
            }
        }

        void close() {
            socket.abort();
        }
    }

    private static final class Latencies {
        private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        long sent;

        /** Relayed messages sent before this instant (System.nanoTime) are not counted. */
        volatile long countFrom = Long.MIN_VALUE;

        void record(double value) {
            millis.add(value);
        }

        /** A relayed message arrived now; counted when it was sent after {@link #countFrom}. */
        void recordSent(long sentAtNanos) {
            long arrived = System.nanoTime();
            if (sentAtNanos >= countFrom) {
                record((arrived - sentAtNanos) / 1e6);
            }
        }

        int size() {
            return millis.size();
        }

        long achievedRate(int seconds) {
            return Math.round((double) millis.size() / seconds);
        }

        double percentile(double p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /**
     * A signaling node started from the built jar, with a 1 GiB heap and the limits opened for load, and
     * the serial collector the launcher runs every part with. (G1, the JVM's default here, paused the
     * receiving node for 30 to 65 ms at a time on these 2 cores, mostly waiting with no CPU time of
     * its own while it first touched fresh heap regions.)
     */
    private static final class Node implements AutoCloseable {
        private final Process process;
        private final int port;

        private Node(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Node start(Path jar, int port, boolean redis, String prefix) throws Exception {
            List<String> command = new ArrayList<>(List.of("java", "-Xms256m", "-Xmx1g", "-XX:+UseSerialGC",
                    "-Dquarkus.http.port=" + port,
                    "-Dtsunagu.db.name=" + System.getProperty("bench.db", System.getenv().getOrDefault("_TEST_TSUNAGU_DB_NAME", "tsunagu")),
                    "-Dtsunagu.shopper-ticket.secret=" + TICKET_SECRET,
                    "-Dtsunagu.signaling.max-sockets-per-identity=1000000",
                    "-Dtsunagu.signaling.rate.messages-per-second=100000",
                    "-Dtsunagu.signaling.rate.burst=100000",
                    "-Dtsunagu.signaling.rate.ice-candidates-per-second=100000",
                    "-Dtsunagu.signaling.rate.ice-candidate-burst=100000",
                    "-Dtsunagu.signaling.redis.enabled=" + redis,
                    "-Dtsunagu.signaling.redis.prefix=" + prefix,
                    "-Dquarkus.log.level=WARN"));
            String option = System.getProperty("node.jvm");
            if (option != null) {
                command.add(option.replace("PORT", String.valueOf(port)));
            }
            command.addAll(List.of("-jar", jar.toString()));
            File log = Files.createTempFile("signaling-bench-" + port, ".log").toFile();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            Node node = new Node(process, port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node on " + port + " exited; see " + log);
                }
                try {
                    HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(node.base().resolve("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        System.out.printf("node on %d ready (log %s)%n", port, log);
                        return node;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            process.destroyForcibly();
            throw new IllegalStateException("node on " + port + " not ready within 120 s; see " + log);
        }

        /** User and system time of the node's process so far, from /proc (in clock ticks of 1/100 s). */
        double cpuSeconds() throws IOException {
            String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat")).split("\\) ")[1].split(" ");
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        /** Heap in use as the node's metrics report it, after asking for a GC (jcmd) so that garbage does not count. */
        double heapUsedMb() throws Exception {
            new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            String metrics = HTTP.send(HttpRequest.newBuilder(base().resolve("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            return Arrays.stream(metrics.split("\n"))
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum() / (1024 * 1024);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
