package io.tsunagu.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shopper's whole visit in a real browser, with aoi on the staff console in another: asks (topic,
 * consent) → waits in the queue (position, estimate) → talks (aoi's video decoded; own camera off until
 * the toggle, then aoi's side decodes the shopper's video) → chat both ways → a product card → hangs
 * up → rates. Screenshots of each step under target/screenshots/shopper-journey/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ShopperJourneyBrowserTest {

    private static final String SHOTS = "shopper-journey/";
    /** Presence follows matching's commit and the console reads it again within seconds. */
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
    void aShopperAsksWaitsTalksChatsSeesAProductHangsUpAndRates() {
        String topic = "富士山に登りたい " + UUID.randomUUID().toString().substring(0, 8);

        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        staff.locator("[data-testid=presence-available]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");

        // Asks: the launcher offers a call because aoi is free; the form has the topic and the consent choice.
        Page shopper = browser.newPerson("ja-JP");
        shopper.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Screens.openWidgetForm(shopper);
        assertThat(shopper.locator("[data-testid=consent]")).not().isChecked();
        Browser.screenshot(shopper, SHOTS + "01-shopper-form");

        // aoi steps away for a moment and ren is in another call, so that the shopper really waits in the queue
        // while someone who speaks Japanese is at work (without anyone at work, the wait is unknown).
        staff.locator("[data-testid=presence-away]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("離席中");
        Stack.reset(DemoUsers.REN, "AVAILABLE");
        String other = ScriptedShopper.arrive().asks("別のお客様 " + topic, false);
        given(Stack.as(DemoUsers.REN)).post("/api/matching/offers/{id}/accept",
                Stack.awaitOffer(other, Duration.ofSeconds(20), DemoUsers.REN).getString("id")).then().statusCode(200);
        Stack.awaitPresence(DemoUsers.REN, "IN_CALL");

        shopper.locator("[data-testid=topic]").fill(topic);
        shopper.locator("[data-testid=consent]").check();
        shopper.locator("[data-testid=submit]").click();

        // Waits: the position and matching's estimate (staff are on shift, none is free).
        assertThat(shopper.locator("[data-testid=queue-position]"))
                .hasText(Pattern.compile("あなたの順番：\\d+ 番目"));
        assertThat(shopper.locator("[data-testid=queue-estimate]"))
                .hasText(Pattern.compile("待ち時間の目安：(約 \\d+ 分|1 分以内)"));
        assertThat(shopper.locator("[data-testid=cancel]")).isVisible();
        Browser.screenshot(shopper, SHOTS + "02-shopper-waiting");

        // aoi comes back and takes it.
        staff.locator("[data-testid=presence-available]").click();
        Locator offer = Screens.offerAbout(staff, topic);
        Browser.screenshot(staff, SHOTS + "03-staff-offer");
        offer.locator("[data-testid=offer-accept]").click();

        // Talks: the shopper decodes aoi's camera through coturn; the shopper's own camera is off.
        Map<?, ?> media = Screens.awaitFrames(shopper, "the shopper's page");
        assertThat(media.get("candidateType")).as("the shopper's media goes through TURN").isEqualTo("relay");
        assertThat(shopper.locator("video[data-testid=remote-video]")).isVisible();
        assertThat(shopper.locator("[data-testid=camera-off]")).isVisible();
        assertThat(shopper.locator("[data-testid=camera-toggle]")).hasAttribute("aria-pressed", "false");
        assertThat(shopper.locator("[data-testid=local-preview]")).hasCount(0);
        // aoi's side is connected (the status says so and that the shopper's camera is off) and decodes nothing.
        assertThat(staff.locator("[data-testid=call-status]")).containsText("接続しました");
        Browser.screenshot(shopper, SHOTS + "04-shopper-in-call-camera-off");
        assertThat(Screens.framesDecoded(staff))
                .as("aoi's console decodes no video from the shopper while the shopper's camera is off")
                .isZero();
        Browser.screenshot(staff, SHOTS + "05-staff-in-call-shopper-camera-off");

        // The shopper turns the camera on: a preview for them, and aoi's side now decodes their video.
        shopper.locator("[data-testid=camera-toggle]").click();
        assertThat(shopper.locator("[data-testid=camera-toggle]")).hasAttribute("aria-pressed", "true");
        assertThat(shopper.locator("video[data-testid=local-preview]")).isVisible();
        Screens.awaitFrames(staff, "aoi's console (the shopper's camera is on)");
        assertThat(staff.locator("video[data-testid=remote-video]")).isVisible();
        Browser.screenshot(shopper, SHOTS + "06-shopper-camera-on");
        Browser.screenshot(staff, SHOTS + "07-staff-sees-shopper");

        // Chat both ways.
        String fromShopper = "レインウェアも見たいです";
        shopper.locator("[data-testid=chat-input]").fill(fromShopper);
        shopper.locator("[data-testid=chat-send]").click();
        assertThat(staff.locator("[data-testid=chat-log]")).containsText(fromShopper);
        String fromStaff = "承知しました。こちらはいかがでしょう";
        staff.locator("[data-testid=chat-input]").fill(fromStaff);
        staff.locator("[data-testid=chat-send]").click();
        assertThat(shopper.locator("[data-testid=chat-log]")).containsText(fromStaff);
        assertThat(shopper.locator("[data-testid=chat-log]")).containsText(fromShopper);

        // aoi shares a product card; the shopper sees it in Japanese and puts it in the demo cart.
        staff.locator("[data-testid=share-product-select]").selectOption("p-103");
        staff.locator("[data-testid=share-product]").click();
        Locator card = shopper.locator("[data-testid=product-card][data-product-id=p-103]");
        assertThat(card).isVisible();
        assertThat(card).containsText("ツユ レインパンツ");
        assertThat(card.locator("[data-testid=product-open]")).hasAttribute("href", "/products/p-103.html");
        card.locator("[data-testid=product-add-to-cart]").click();
        assertThat(card.locator("[data-testid=product-add-to-cart]")).isDisabled();
        assertThat(card.locator("[data-testid=product-add-to-cart]")).hasText("カートに入れました");
        Browser.screenshot(shopper, SHOTS + "08-shopper-chat-and-product");
        Browser.screenshot(staff, SHOTS + "09-staff-chat-and-product");

        // The shopper hangs up: the call ends on both sides, aoi is in the wrap-up.
        shopper.locator("[data-testid=hang-up]").click();
        assertThat(shopper.locator("[data-testid=call-ended]")).isVisible();
        assertThat(staff.locator("[data-testid=notes-text]")).isVisible();
        assertThat(staff.locator("[data-testid=presence]")).hasText("後処理中", LONGER);

        // Rates.
        // The radio itself is visually hidden behind its star, as usual for star ratings: the star is what people click.
        shopper.locator("label.star:has([data-testid=rating-star-5])").click();
        assertThat(shopper.locator("[data-testid=rating-star-5]")).isChecked();
        shopper.locator("[data-testid=rating-comment]").fill("とても分かりやすかったです");
        Browser.screenshot(shopper, SHOTS + "10-shopper-rating");
        shopper.locator("[data-testid=rating-submit]").click();
        assertThat(shopper.locator("[data-testid=rating-thanks]")).hasText("ご評価ありがとうございました。");
        Browser.screenshot(shopper, SHOTS + "11-shopper-rated");

        // aoi's notes carry the product shared in the call, already ticked.
        assertThat(staff.locator("[data-testid=notes-products] input[value=p-103]")).isChecked();
        staff.locator("[data-testid=notes-text]").fill("夏の富士山。レインパンツをカートに。");
        staff.locator("[data-testid=notes-save]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能", LONGER);
        Browser.screenshot(staff, SHOTS + "12-staff-after-notes");
    }
}
