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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * aoi's day on the staff console in a real browser, with a scripted shopper (REST): goes available →
 * the offer shows the shopper's report, "why you" and a running countdown → accepts → the call →
 * hangs up → the wrap-up notes (tags, products, outcome, follow-up) → saving ends WRAP_UP → the own
 * history shows the consultation. Screenshots under target/screenshots/staff-journey/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StaffJourneyBrowserTest {

    private static final String SHOTS = "staff-journey/";
    private static final LocatorAssertions.HasTextOptions LONGER = new LocatorAssertions.HasTextOptions().setTimeout(25_000);
    /** p-101's Japanese name in the demo catalogue (frontend/src/shop/catalogue.ts). */
    private static final String P101_JA = "クモ 3レイヤー シェルジャケット";
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

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
    void aoiTakesAnOfferWithTheReportTalksWritesNotesAndFindsThemInHerHistory() {
        String topic = "夏の富士山の装備 " + UUID.randomUUID().toString().substring(0, 8);
        String noteText = "夏の富士山。シェルジャケットを検討中 " + topic;
        String followUp = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString();

        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        Browser.screenshot(staff, SHOTS + "01-console-signed-in");
        staff.locator("[data-testid=presence-available]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");
        assertThat(staff.locator("[data-testid=connection]")).hasText("リアルタイム接続中");
        Browser.screenshot(staff, SHOTS + "02-available");

        // A shopper who looked at p-101 and shares their browsing asks about Mt. Fuji.
        ScriptedShopper shopper = ScriptedShopper.arrive().views("p-101", "mountaineering", "rainwear").consents(true);
        String requestId = shopper.asks(topic, true);

        Locator offer = Screens.offerAbout(staff, topic);
        assertThat(staff.locator("[data-testid=presence]")).hasText("相談の打診中", LONGER);
        assertThat(staff.locator("[data-testid=offer-announcement]")).containsText(topic);
        assertThat(offer.locator("[data-testid=offer-interests]")).containsText("登山");
        Locator why = offer.locator("[data-testid=offer-why] li");
        assertThat(why.first()).isVisible();
        assertThat(why.allInnerTexts()).as("every \"why you\" line is a Japanese sentence from matching")
                .isNotEmpty().allMatch(line -> JAPANESE.matcher(line).find());
        Locator report = offer.locator("[data-testid=report]");
        assertThat(report).containsText(P101_JA);
        assertThat(report).containsText("履歴はありません");

        // The countdown runs: it shows "残り m:ss" and a lower number a moment later.
        Locator countdown = offer.locator("[data-testid=offer-countdown]");
        assertThat(countdown).hasText(Pattern.compile("残り \\d+:\\d\\d"));
        String first = countdown.innerText();
        await("the offer countdown moves on from " + first).atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> !countdown.innerText().equals(first));
        Browser.screenshot(staff, SHOTS + "03-offer-with-report-and-why");

        offer.locator("[data-testid=offer-accept]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("通話中", LONGER);
        assertThat(staff.locator("video[data-testid=local-video]")).isVisible();
        assertThat(staff.locator("[data-testid=call-status]")).isVisible();
        assertThat(staff.locator("[data-testid=report]")).containsText(P101_JA);
        assertThat(shopper.request(requestId).getString("status")).as("the shopper's request after the accept").isEqualTo("CONNECTED");
        Browser.screenshot(staff, SHOTS + "04-in-call");

        // Hang up: WRAP_UP with the notes form.
        staff.locator("[data-testid=hang-up]").click();
        assertThat(staff.locator("[data-testid=notes-text]")).isVisible();
        assertThat(staff.locator("[data-testid=presence]")).hasText("後処理中", LONGER);
        Stack.awaitPresence(DemoUsers.AOI, "WRAP_UP");
        // The buttons stay the staff member's choice for further offers: still AVAILABLE while the notes are due.
        assertThat(staff.locator("[data-testid=presence-available]")).hasAttribute("aria-pressed", "true");

        staff.locator("[data-testid=notes-text]").fill(noteText);
        staff.locator("[data-testid=notes-tags] input[value=mountaineering]").check();
        staff.locator("[data-testid=notes-tags] input[value=rainwear]").check();
        staff.locator("[data-testid=notes-products] input[value=p-101]").check();
        staff.locator("[data-testid=notes-outcome]").selectOption("CONSIDERING");
        staff.locator("[data-testid=notes-follow-up]").fill(followUp);
        Browser.screenshot(staff, SHOTS + "05-wrap-up-notes");
        staff.locator("[data-testid=notes-save]").click();

        // Saving ends the wrap-up.
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能", LONGER);
        Stack.awaitPresence(DemoUsers.AOI, "AVAILABLE");

        // The own history shows it, with outcome, follow-up and tag names.
        Locator latest = staff.locator("[data-testid=history] li").filter(new Locator.FilterOptions().setHasText(noteText));
        assertThat(latest).hasCount(1);
        assertThat(latest).containsText("検討中");
        assertThat(latest).containsText("フォローアップ：" + followUp);
        assertThat(latest).containsText("登山");
        assertThat(latest).containsText("レインウェア");
        assertThat(latest).containsText(shopper.visitorId);
        Browser.screenshot(staff, SHOTS + "06-history");

        // What matching stored is what the form said.
        JsonPath mine = given(as(DemoUsers.AOI)).get("/api/matching/consultations/mine").then().statusCode(200).extract().jsonPath();
        String ours = "find { it.requestId == '" + requestId + "' }";
        assertThat(mine.getString(ours + ".status")).isEqualTo("ENDED");
        assertThat(mine.getString(ours + ".notes.text")).isEqualTo(noteText);
        assertThat(mine.getList(ours + ".notes.tags", String.class)).containsExactlyInAnyOrder("mountaineering", "rainwear");
        assertThat(mine.getList(ours + ".notes.productIds", String.class)).isEqualTo(List.of("p-101"));
        assertThat(mine.getString(ours + ".notes.outcome")).isEqualTo("CONSIDERING");
        assertThat(mine.getString(ours + ".notes.followUpOn")).isEqualTo(followUp);
    }
}
