package io.tsunagu.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/**
 * A second signaling process beside the stack's (which listens on 8084 behind the edge): the same jar,
 * database, secrets and Redis as the launcher gives the stack's signaling, on another port. Together
 * they are two nodes sharing rooms through Redis. Killed with SIGKILL, as a node that dies is.
 */
final class SecondSignalingNode implements AutoCloseable {

    private static final Path ROOT = Paths.get(System.getProperty("tsunagu.root", ".."));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private SecondSignalingNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the node and waits until it is ready; its page origins are those the test's pages use. */
    static SecondSignalingNode start(int port, String allowedOrigins) throws IOException, InterruptedException {
        Path jar = ROOT.resolve("signaling/target/quarkus-app/quarkus-run.jar");
        Path log = Files.createDirectories(Paths.get("target")).resolve("second-signaling-node.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("TSUNAGU_DB_NAME", System.getProperty("tsunagu.system.db", "tsunagu_system"));
        env.put("TSUNAGU_DB_HOST", "127.0.0.1");
        env.put("TSUNAGU_DB_PORT", "5432");
        env.put("TSUNAGU_SHOPPER_TICKET_SECRET", secret("shopper-ticket"));
        env.put("TSUNAGU_TURN_SECRET", secret("turn"));
        env.put("TSUNAGU_DEMO_DATA_ENABLED", "true");
        env.put("TSUNAGU_ICE_TRANSPORT_POLICY", "relay");
        env.put("TSUNAGU_SIGNALING_REDIS_ENABLED", "true");
        env.put("TSUNAGU_SIGNALING_ALLOWED_ORIGINS", allowedOrigins);
        SecondSignalingNode node = new SecondSignalingNode(builder.start(), port, log);
        node.awaitReady(Duration.ofSeconds(90));
        return node;
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no socket is closed cleanly, nothing is unsubscribed from Redis. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second signaling node exited; see " + log.toAbsolutePath());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the second signaling node was not ready within " + atMost + "; see " + log.toAbsolutePath());
    }

    /** The launcher keeps one secret per machine under .run/secrets; the parts of the stack were given these. */
    private static String secret(String name) throws IOException {
        return Files.readString(ROOT.resolve(".run/secrets").resolve(name)).strip();
    }
}
