package io.tsunagu.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper is not lost when the first staff member does not take them: aoi, on the staff console,
 * declines (or lets the countdown run out) and matching offers the same request to ren (scripted by
 * REST). The browser shows what aoi sees: the card gone, the withdrawal announced, AWAY after a
 * time-out. Screenshots under target/screenshots/reoffer/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReofferBrowserTest {

    private static final String SHOTS = "reoffer/";
    private static final LocatorAssertions.HasTextOptions LONGER = new LocatorAssertions.HasTextOptions().setTimeout(25_000);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void nobodyAnswersYet() {
        Stack.onlyAvailable();
    }

    @AfterEach
    void everyoneLeaves() {
        browser.closePeople();
        Stack.onlyAvailable();
    }

    @Test
    void aDeclineOffersTheShopperToAnotherStaffMember() {
        String topic = "テントを選びたい " + UUID.randomUUID().toString().substring(0, 8);
        Page aoi = availableAoi();
        ScriptedShopper shopper = ScriptedShopper.arrive();
        String requestId = shopper.asks(topic, false);

        Locator card = Screens.offerAbout(aoi, topic);
        JsonPath first = Stack.pendingOffer(DemoUsers.AOI, requestId);
        assertThat(first).as("aoi, the only one available, has the first offer").isNotNull();
        Browser.screenshot(aoi, SHOTS + "decline-01-offer");

        // ren becomes free only now, so the first offer was surely aoi's.
        Stack.reset(DemoUsers.REN, "AVAILABLE");
        card.locator("[data-testid=offer-decline]").click();
        assertThat(aoi.locator("[data-testid=offer]").filter(new Locator.FilterOptions().setHasText(topic))).hasCount(0);
        Browser.screenshot(aoi, SHOTS + "decline-02-declined");

        JsonPath second = Stack.awaitOffer(requestId, Duration.ofSeconds(20), DemoUsers.REN, DemoUsers.AOI);
        assertThat(second.getString("staffUsername")).as("the request goes to another staff member after aoi's decline")
                .isEqualTo(DemoUsers.REN);
        assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(Stack.offer(DemoUsers.AOI, first.getString("id")).getString("status")).isEqualTo("DECLINED");
        assertThat(shopper.request(requestId).getString("status")).isEqualTo("OFFERED");
        // A decline leaves aoi free for the next shopper (only a time-out sends her away).
        Stack.awaitPresence(DemoUsers.AOI, "AVAILABLE");
        assertThat(aoi.locator("[data-testid=presence]")).hasText("対応可能", LONGER);

        Stack.serve(DemoUsers.REN, second.getString("id"), "NOT_INTERESTED");
        assertThat(shopper.request(requestId).getString("status")).isIn("CONNECTED", "ENDED");
    }

    @Test
    void anOfferLeftToTimeOutGoesToAnotherStaffMemberAndSendsTheFirstAway() {
        String topic = "冬山のブーツ " + UUID.randomUUID().toString().substring(0, 8);
        Page aoi = availableAoi();
        ScriptedShopper shopper = ScriptedShopper.arrive();
        String requestId = shopper.asks(topic, false);

        Screens.offerAbout(aoi, topic);
        JsonPath first = Stack.pendingOffer(DemoUsers.AOI, requestId);
        assertThat(first).as("aoi, the only one available, has the first offer").isNotNull();
        Instant expiresAt = Instant.parse(first.getString("expiresAt"));
        Browser.screenshot(aoi, SHOTS + "timeout-01-offer");
        Stack.reset(DemoUsers.REN, "AVAILABLE");

        // Nobody touches the card. After the countdown (20 s unless the stack sets
        // tsunagu.matching.offer-timeout shorter) matching times it out and offers the request to ren.
        Duration patience = Duration.between(Instant.now(), expiresAt).plusSeconds(20);
        JsonPath second = Stack.awaitOffer(requestId, patience, DemoUsers.REN);
        assertThat(second.getString("staffUsername")).isEqualTo(DemoUsers.REN);
        assertThat(Stack.offer(DemoUsers.AOI, first.getString("id")).getString("status")).isEqualTo("TIMED_OUT");

        // aoi's console drops the card, says so to screen readers, and shows her AWAY.
        assertThat(aoi.locator("[data-testid=offer]").filter(new Locator.FilterOptions().setHasText(topic))).hasCount(0);
        assertThat(aoi.locator("[data-testid=offer-announcement]")).hasText("相談の打診は取り下げられました。");
        Stack.awaitPresence(DemoUsers.AOI, "AWAY");
        assertThat(aoi.locator("[data-testid=presence]")).hasText("離席中", LONGER);
        Browser.screenshot(aoi, SHOTS + "timeout-02-withdrawn-away");

        Stack.serve(DemoUsers.REN, second.getString("id"), "CONSIDERING");
    }

    /** aoi on the staff console, the only staff member available. */
    private static Page availableAoi() {
        Page aoi = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        aoi.locator("[data-testid=presence-available]").click();
        assertThat(aoi.locator("[data-testid=presence]")).hasText("対応可能");
        return aoi;
    }
}
