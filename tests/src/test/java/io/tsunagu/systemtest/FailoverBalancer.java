package io.tsunagu.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load balancer in front of signaling nodes does, in a few lines of TCP forwarding on loopback:
 * a new connection that opens the WebSocket ({@code GET /ws}) goes to node A while A accepts
 * connections and to node B once it does not; every other connection goes to the edge (static files
 * and REST). Bytes are passed through unchanged both ways; when one side closes, so does the other,
 * as a dead node's connections end at a real balancer. It can also cut the WebSocket connections it
 * carries, as a network that drops does: both ends see their TCP connection end.
 */
final class FailoverBalancer implements AutoCloseable {

    private static final int EDGE_PORT = 8080;
    private static final byte[] WEBSOCKET_REQUEST = "GET /ws".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int nodeA;
    private final int nodeB;
    private final ExecutorService pipes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "failover-balancer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger socketsToA = new AtomicInteger();
    private final AtomicInteger socketsToB = new AtomicInteger();
    private final Set<Socket> webSockets = ConcurrentHashMap.newKeySet();

    FailoverBalancer(int port, int nodeA, int nodeB) throws IOException {
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        pipes.execute(this::accept);
    }

    /** In front of one node only. */
    FailoverBalancer(int port, int node) throws IOException {
        this(port, node, node);
    }

    /** Cuts every WebSocket connection carried now, on both sides. */
    void cutWebSockets() {
        for (Socket socket : webSockets) {
            closeQuietly(socket);
        }
        webSockets.clear();
    }

    /** WebSocket connections sent to node A so far. */
    int socketsToA() {
        return socketsToA.get();
    }

    /** WebSocket connections sent to node B so far. */
    int socketsToB() {
        return socketsToB.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                pipes.execute(() -> route(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void route(Socket client) {
        try {
            InputStream in = client.getInputStream();
            byte[] head = in.readNBytes(WEBSOCKET_REQUEST.length);
            boolean webSocket = Arrays.equals(head, WEBSOCKET_REQUEST);
            Socket upstream = webSocket ? toNode() : connect(EDGE_PORT);
            if (webSocket) {
                webSockets.add(client);
                webSockets.add(upstream);
            }
            upstream.getOutputStream().write(head);
            pipes.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private Socket toNode() throws IOException {
        try {
            Socket socket = connect(nodeA);
            socketsToA.incrementAndGet();
            return socket;
        } catch (IOException nodeADown) {
            Socket socket = connect(nodeB);
            socketsToB.incrementAndGet();
            return socket;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        return socket;
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side went away: the other is closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            webSockets.remove(from);
            webSockets.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pipes.shutdownNow();
    }
}
