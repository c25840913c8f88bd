package io.tsunagu.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The signalling messages a page receives on its WebSockets, in order, as the page's own network sees
 * them. Listen before the page opens its socket.
 */
final class SocketLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message and when the test saw it (System.nanoTime()). */
    record Received(JsonNode message, long at) {
        String type() {
            return message.path("type").asText();
        }
    }

    /** Keeps the type of every message the page's WebSockets receive in window.__testSignals, in the page itself. */
    private static final String RECORD_IN_PAGE = """
            (() => {
              const Native = window.WebSocket;
              window.__testSignals = [];
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', event => {
                    try { window.__testSignals.push(JSON.parse(event.data).type); } catch (e) { window.__testSignals.push('not-json'); }
                  });
                }
              };
            })();
            """;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private SocketLog() {
    }

    static SocketLog of(Page page) {
        SocketLog log = new SocketLog();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> log.add(frame.text())));
        return log;
    }

    /** Records, inside the page, the types of the messages it receives from now on (call before it opens a socket). */
    static void recordInPage(Page page) {
        page.addInitScript(RECORD_IN_PAGE);
    }

    /** The types the page recorded so far, in order. */
    @SuppressWarnings("unchecked")
    static List<String> typesInPage(Page page) {
        return (List<String>) page.evaluate("window.__testSignals");
    }

    private void add(String text) {
        if (text == null) {
            return;
        }
        try {
            received.add(new Received(JSON.readTree(text), System.nanoTime()));
        } catch (Exception e) {
            throw new IllegalStateException("a frame that is not JSON reached the page", e);
        }
    }

    /** The types received since the given time, in order. */
    List<String> typesSince(long since) {
        return received.stream().filter(entry -> entry.at() >= since).map(Received::type).toList();
    }

    /** The first message of this type received since the given time, or null. */
    Received firstSince(String type, long since) {
        return received.stream().filter(entry -> entry.at() >= since && entry.type().equals(type)).findFirst().orElse(null);
    }
}
