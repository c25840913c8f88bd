package io.tsunagu.systemtest;

import com.microsoft.playwright.Page;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper on the demo shop and aoi on the staff console, in two browser contexts: the shopper asks,
 * aoi accepts, and the shopper's page decodes aoi's fake-camera video, relayed by coturn on loopback.
 */
@ExtendWith(ScreenshotOnFailure.class)
class VideoCallBrowserTest {

    private static final String PRODUCT_PAGE = "/products/p-101.html";
    private static final String CONSOLE = "/console/";

    /** Video frames decoded by the page, and the type and address of the local candidate in use. */
    private static final String MEDIA_STATS = """
            async () => {
              let framesDecoded = 0, candidateType = null, address = null;
              for (const pc of window.__testPeers) {
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

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        Stack.onlyAvailable();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theShopperSeesAndHearsTheStaffMemberThroughCoturn() {
        Page staff = browser.newPerson("ja-JP");
        staff.navigate(Stack.EDGE + CONSOLE);
        staff.locator("#username").fill(DemoUsers.AOI);
        staff.locator("#password").fill(DemoUsers.AOI);
        staff.locator("#kc-login").click();
        Screens.goAvailable(staff, DemoUsers.AOI);
        Browser.screenshot(staff, "1-staff-available");
        Stack.awaitMatchingSeesAvailable(1);

        Page shopper = browser.newPerson("ja-JP");
        shopper.navigate(Stack.EDGE + PRODUCT_PAGE);
        shopper.locator("[data-testid=ask]").click();
        shopper.locator("[data-testid=topic]").fill("富士山に登りたい");
        shopper.locator("[data-testid=consent]").check();
        shopper.locator("[data-testid=submit]").click();
        assertThat(shopper.locator("[data-testid=queue-position]")).isVisible();
        Browser.screenshot(shopper, "2-shopper-waiting");

        assertThat(staff.locator("[data-testid=offer]")).isVisible();
        assertThat(staff.locator("[data-testid=offer-countdown]")).isVisible();
        assertThat(staff.locator("[data-testid=offer-interests]")).containsText("登山");
        Browser.screenshot(staff, "3-staff-offer");
        staff.locator("[data-testid=offer-accept]").click();

        Map<?, ?> media = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> (Map<?, ?>) shopper.evaluate(MEDIA_STATS),
                        stats -> ((Number) stats.get("framesDecoded")).intValue() > 0);
        assertThat(media.get("candidateType")).as("media goes through TURN").isEqualTo("relay");
        assertThat(media.get("address")).as("the relay is the loopback coturn").isEqualTo("127.0.0.1");
        assertThat(shopper.locator("video[data-testid=remote-video]")).isVisible();
        assertThat(staff.locator("video[data-testid=local-video]")).isVisible();
        Browser.screenshot(shopper, "4-shopper-in-call");
        Browser.screenshot(staff, "5-staff-in-call");

        staff.locator("[data-testid=hang-up]").click();
        assertThat(shopper.locator("[data-testid=call-ended]")).isVisible();
        staff.locator("[data-testid=notes-text]").fill("夏の富士山。レインウェアを検討中。");
        staff.locator("[data-testid=notes-tags] input[value=mountaineering]").check();
        staff.locator("[data-testid=notes-save]").click();
        assertThat(staff.locator("[data-testid=history]")).containsText("夏の富士山");
        assertThat(staff.locator("[data-testid=presence]")).containsText(presenceLabel("AVAILABLE"));
        Browser.screenshot(staff, "6-staff-notes-saved");
        Browser.screenshot(shopper, "7-shopper-ended");

        staff.locator("[data-testid=presence-away]").click();
    }

    /** The console's Japanese label for a presence state. */
    private static String presenceLabel(String presence) {
        return switch (presence) {
            case "AVAILABLE" -> "対応可能";
            case "AWAY" -> "離席中";
            default -> presence;
        };
    }
}
