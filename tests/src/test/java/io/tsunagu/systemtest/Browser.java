package io.tsunagu.systemtest;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

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

    /** Browsers open right now, so that a failing test can photograph every page they show. */
    static final Set<Browser> OPEN = new CopyOnWriteArraySet<>();

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browser() {
        String executable = System.getenv().getOrDefault("TSUNAGU_CHROMIUM", "/usr/bin/chromium");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(FLAGS));
        // Steps wait on other parts (Keycloak, matching rounds, pushes) on a busy machine: more than the 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        OPEN.add(this);
    }

    /** A fresh context (its own cookies and storage), as a second person on another machine. */
    Page newPerson(String locale) {
        return open(new NewContextOptions().setLocale(locale).setViewportSize(1280, 860));
    }

    /** A person on a phone: a 375×667 touch screen at twice the pixel density, as a small smartphone has. */
    Page newPhone(String locale) {
        return open(new NewContextOptions().setLocale(locale).setViewportSize(375, 667).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    private Page open(NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setPermissions(List.of("camera", "microphone")));
        context.addInitScript(RECORD_PEER_CONNECTIONS);
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        return context.newPage();
    }

    /** Every page of every person of this browser. */
    List<Page> pages() {
        return contexts.stream().flatMap(context -> context.pages().stream()).toList();
    }

    /** Closes every person's context (a console closing sends its AWAY on the way out), keeping the browser. */
    void closePeople() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A full-page screenshot under target/screenshots/; a name may hold a folder ("shopper-journey/01-form"). */
    static void screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    @Override
    public void close() {
        OPEN.remove(this);
        browser.close();
        playwright.close();
    }
}
