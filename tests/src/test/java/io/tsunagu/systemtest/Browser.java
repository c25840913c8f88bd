package io.tsunagu.systemtest;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's headless Chromium with a fake camera. Test media stays on loopback: the stack's signaling
 * hands out only the loopback coturn with the relay-only ICE policy.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");

    /** Records every RTCPeerConnection a page makes, so that the test can read its getStats(). */
    private static final String RECORD_PEER_CONNECTIONS = """
            (() => {
              const Native = window.RTCPeerConnection;
              window.__testPeers = [];
              window.RTCPeerConnection = class extends Native {
                constructor(...args) { super(...args); window.__testPeers.push(this); }
              };
            })();
            """;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        String executable = System.getenv().getOrDefault("TSUNAGU_CHROMIUM", "/usr/bin/chromium");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(FLAGS));
    }

    /** A fresh context (its own cookies and storage), as a second person on another machine. */
    Page newPerson(String locale) {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 860).setPermissions(List.of("camera", "microphone")));
        context.addInitScript(RECORD_PEER_CONNECTIONS);
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
