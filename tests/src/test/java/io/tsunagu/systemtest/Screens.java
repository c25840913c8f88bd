package io.tsunagu.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.time.Duration;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps on the screens that several journeys share: logging in, opening the widget, taking the right offer. */
final class Screens {

    static final String PRODUCT_PAGE = "/products/p-101.html";
    static final String CONSOLE = "/console/";
    static final String MANAGER = "/manager/";

    /** Video frames decoded by the page, and the type and address of the local candidate in use. */
    private static final String MEDIA_STATS = """
            async () => {
              let framesDecoded = 0, candidateType = null, address = null;
              for (const pc of window.__testPeers) {
                if (pc.connectionState === 'closed') continue;
                const stats = await pc.getStats();
                stats.forEach(report => {
                  if (report.type === 'inbound-rtp' && report.kind === 'video') framesDecoded += report.framesDecoded || 0;
                  if (report.type === 'transport' && report.selectedCandidatePairId) {
                    const local = stats.get(stats.get(report.selectedCandidatePairId).localCandidateId);
                    candidateType = local.candidateType; address = local.address || local.ip;
                  }
                });
              }
              return { framesDecoded, candidateType, address };
            }
            """;

    private Screens() {
    }

    /** Opens a console page and logs in on Keycloak's form (each person has a fresh context, so the form always comes). */
    static void logIn(Page page, String path, String user) {
        page.navigate(Stack.EDGE + path);
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(Stack.EDGE + path));
    }

    /** The staff console, logged in and drawn (the presence shows once staff-directory answered). */
    static Page staffConsole(Browser browser, String locale, String user) {
        Page page = browser.newPerson(locale);
        logIn(page, CONSOLE, user);
        assertThat(page.locator("[data-testid=presence]")).not().hasText("…");
        return page;
    }

    /** The manager console, logged in, on its first screen. */
    static Page managerConsole(Browser browser, String locale, String user) {
        Page page = browser.newPerson(locale);
        logIn(page, MANAGER, user);
        assertThat(page.locator("[data-testid=mgr-tab-dashboard]")).isVisible();
        return page;
    }

    /**
     * Opens the widget's form. The launcher offers "talk now" only once matching's availability says
     * someone can answer, which it reads on load and every 30 s; "check again" asks at once.
     */
    static void openWidgetForm(Page shopper) {
        Locator topic = shopper.locator("[data-testid=topic]");
        await("the widget offers a call (availability says a staff member is free)").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (topic.isVisible()) {
                        return true;
                    }
                    Locator ask = shopper.locator("[data-testid=ask]");
                    Locator retry = shopper.locator("[data-testid=later-retry]");
                    Locator later = shopper.locator("[data-testid=ask-later]");
                    // The open panel lies over the launcher: while it is open, its own "check again" is the way.
                    Locator.ClickOptions quick = new Locator.ClickOptions().setTimeout(2_000);
                    if (retry.isVisible()) {
                        retry.click(quick);
                    } else if (ask.isVisible()) {
                        ask.click(quick);
                    } else if (later.isVisible() && later.isEnabled()) {
                        later.click(quick);
                    }
                    return topic.isVisible();
                });
    }

    /**
     * The offer card about this topic, once it is on the staff console. Cards of other shoppers (stale
     * requests of earlier tests) are declined on the way, which keeps those requests away from this
     * staff member for good.
     */
    static Locator offerAbout(Page staff, String topic) {
        Locator offers = staff.locator("[data-testid=offer]");
        Locator ours = offers.filter(new Locator.FilterOptions().setHasText(topic));
        // Resolved when clicked: a card that arrives meanwhile in a declined card's place is never taken for another.
        Locator others = offers.filter(new Locator.FilterOptions().setHasNotText(topic));
        await("an offer about \"" + topic + "\" on the staff console").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> {
                    if (ours.count() > 0) {
                        return true;
                    }
                    if (others.count() > 0) {
                        others.first().locator("[data-testid=offer-decline]").click(new Locator.ClickOptions().setTimeout(2_000));
                    }
                    return false;
                });
        return ours.first();
    }

    /** Video frames this page has decoded so far (every peer connection still open). */
    static int framesDecoded(Page page) {
        return ((Number) mediaStats(page).get("framesDecoded")).intValue();
    }

    static Map<?, ?> mediaStats(Page page) {
        return (Map<?, ?>) page.evaluate(MEDIA_STATS);
    }

    /** Waits until the page decodes video, and answers the stats then. */
    static Map<?, ?> awaitFrames(Page page, String who) {
        return await(who + " decodes video frames").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> mediaStats(page), stats -> ((Number) stats.get("framesDecoded")).intValue() > 0);
    }

    /**
     * The shopper asks about the topic in the widget (its form must be open), the staff member accepts on
     * the console, and both pages decode video: the shopper aoi's camera, and aoi the shopper's once the
     * shopper turns the camera on (off by default).
     */
    static void callAbout(Page shopper, Page staff, String topic) {
        shopper.locator("[data-testid=topic]").fill(topic);
        shopper.locator("[data-testid=consent]").check();
        shopper.locator("[data-testid=submit]").click();
        offerAbout(staff, topic).locator("[data-testid=offer-accept]").click();
        awaitFrames(shopper, "the shopper's page");
        shopper.locator("[data-testid=camera-toggle]").click();
        awaitFrames(staff, "the staff console");
    }

    /** Waits until the page has decoded more frames than it had. */
    static void awaitMoreFrames(Page page, String who, int than) {
        await(who + " decodes more than " + than + " frames").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> framesDecoded(page), frames -> frames > than);
    }

    /**
     * The staff member clicks "available" on the console until staff-directory keeps it. The console's
     * first heartbeat goes out as the page opens, and staff-directory's heartbeat writes back the whole
     * staff row it read: a click at that moment was seen undone in these tests (AVAILABLE back to OFFLINE
     * with no audit entry; reported to that part). Clicking again until the presence holds keeps the
     * tests about their own subject.
     */
    static void goAvailable(Page staff, String user) {
        await(user + " stays AVAILABLE").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!"AVAILABLE".equals(Stack.presenceOf(user))) {
                        staff.locator("[data-testid=presence-available]").click();
                        return false;
                    }
                    return true;
                });
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");
    }
}
