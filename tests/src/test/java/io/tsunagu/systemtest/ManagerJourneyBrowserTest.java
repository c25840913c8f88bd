package io.tsunagu.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * sora on the manager console in a real browser: adds an expertise tag to ren, adds a staff member and
 * gives them a weekly shift, looks at the dry-run preview of a weight change and saves it, and watches
 * the KPI dashboard move (without reload) when a scripted shopper is served. ren's expertise and the
 * weights are put back afterwards. Screenshots under target/screenshots/manager-journey/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ManagerJourneyBrowserTest {

    private static final String SHOTS = "manager-journey/";
    /** A delta as the preview prints it: "±0", "+3", "−0.10". */
    private static final Pattern DELTA = Pattern.compile("±0|[+\u2212]\\d+(\\.\\d{2})?");

    private static Browser browser;

    private List<Map<String, Object>> renExpertise;
    private Map<String, Object> weights;

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
    void rememberWhatTheJourneyChanges() {
        Stack.onlyAvailable();
        renExpertise = expertiseOf(DemoUsers.REN);
        weights = given(as(DemoUsers.SORA)).get("/api/matching/weights").then().statusCode(200).extract().jsonPath().getMap("weights");
    }

    @AfterEach
    void putItBack() {
        browser.closePeople();
        if (renExpertise != null) {
            given(as(DemoUsers.SORA)).body(renExpertise).put("/api/staff-directory/staff/{username}/expertise", DemoUsers.REN)
                    .then().statusCode(200);
        }
        if (weights != null) {
            given(as(DemoUsers.SORA)).body(weights).put("/api/matching/weights").then().statusCode(200);
        }
        Stack.onlyAvailable();
    }

    @Test
    void soraTunesStaffShiftsAndWeightsAndSeesTheDashboardMove() {
        Page manager = Screens.managerConsole(browser, "ja-JP", DemoUsers.SORA);
        assertThat(manager.locator("[data-testid=kpi-queue]")).isVisible();
        Browser.screenshot(manager, SHOTS + "01-dashboard");

        addsHikingToRen(manager);
        addsAStaffMemberWithAWeeklyShift(manager);
        previewsAndSavesAWeightChange(manager);
        seesTheDashboardMoveWhenAShopperIsServed(manager);
    }

    private void addsHikingToRen(Page manager) {
        assertThat(renExpertise).as("ren's expertise before the journey").noneMatch(entry -> "hiking".equals(entry.get("tag")));
        manager.locator("[data-testid=mgr-tab-staff]").click();
        manager.locator("[data-testid=staff-edit-" + DemoUsers.REN + "]").click();
        assertThat(manager.locator("[data-testid=staff-form]")).isVisible();
        int row = renExpertise.size();
        manager.locator("[data-testid=expertise-add]").click();
        manager.locator("[data-testid=expertise-tag-" + row + "]").selectOption("hiking");
        manager.locator("[data-testid=expertise-level-" + row + "]").fill("4");
        Browser.screenshot(manager, SHOTS + "02-ren-gets-hiking");
        // By keyboard: a mouse click here has landed on the form instead of the button while the page settles.
        manager.locator("[data-testid=staff-save]").press("Enter");

        assertThat(manager.locator("[data-testid=mgr-notice]")).hasText("保存しました。");
        Locator renRow = manager.locator("[data-testid=staff-table] tr").filter(new Locator.FilterOptions()
                .setHas(manager.locator("[data-testid=staff-edit-" + DemoUsers.REN + "]")));
        assertThat(renRow).containsText("ハイキング 4");
        assertThat(expertiseOf(DemoUsers.REN)).as("ren's expertise in staff-directory")
                .contains(Map.of("tag", "hiking", "level", 4));
        Browser.screenshot(manager, SHOTS + "03-ren-saved");
    }

    private void addsAStaffMemberWithAWeeklyShift(Page manager) {
        String username = "shift-" + UUID.randomUUID().toString().substring(0, 6);
        manager.locator("[data-testid=staff-new]").click();
        manager.locator("[data-testid=staff-username]").fill(username);
        manager.locator("[data-testid=staff-name]").fill("Shift Test " + username);
        manager.locator("[data-testid=staff-store]").selectOption("tokyo");
        // By keyboard: a mouse click here has landed on the form instead of the button while the page settles.
        manager.locator("[data-testid=staff-save]").press("Enter");
        assertThat(manager.locator("[data-testid=mgr-notice]")).hasText("保存しました。");
        assertThat(manager.locator("[data-testid=staff-edit-" + username + "]")).isVisible();

        manager.locator("[data-testid=mgr-tab-shifts]").click();
        manager.locator("[data-testid=shift-staff]").selectOption(username);
        // The new member has no shifts yet: once their (empty) week is drawn, the rows are theirs.
        assertThat(manager.locator("[data-testid=shift-block]")).hasCount(0);
        assertThat(manager.locator("[data-testid=shift-weekly] li")).hasCount(0);
        manager.locator("[data-testid=shift-add]").click();
        manager.locator("[data-testid=shift-day-0]").selectOption("WED");
        manager.locator("[data-testid=shift-start-0]").fill("09:30");
        manager.locator("[data-testid=shift-end-0]").fill("17:00");
        Browser.screenshot(manager, SHOTS + "04-new-weekly-shift");
        manager.locator("[data-testid=shift-save]").click();

        assertThat(manager.locator("[data-testid=mgr-notice]")).hasText("保存しました。");
        assertThat(manager.locator("[data-testid=shift-block]")).hasCount(1);
        assertThat(manager.locator("[data-testid=shift-block]")).hasText("09:30–17:00");
        JsonPath shifts = given(as(DemoUsers.SORA)).get("/api/staff-directory/staff/{username}/shifts", username)
                .then().statusCode(200).extract().jsonPath();
        assertThat(shifts.getList("weekly")).as("the new member's weekly shifts in staff-directory")
                .containsExactly(Map.of("day", "WED", "start", "09:30", "end", "17:00"));
        Browser.screenshot(manager, SHOTS + "05-shift-calendar");
    }

    private void previewsAndSavesAWeightChange(Page manager) {
        manager.locator("[data-testid=mgr-tab-weights]").click();
        Locator waiting = manager.locator("[data-testid=weight-waitingTime]");
        assertThat(waiting).hasValue(String.valueOf(weights.get("waitingTime")));
        int before = ((Number) weights.get("waitingTime")).intValue();
        int after = before <= 995 ? before + 5 : before - 5;
        waiting.fill(String.valueOf(after));

        manager.locator("[data-testid=weights-preview]").click();
        Locator dryRun = manager.locator("[data-testid=weights-dry-run]");
        assertThat(dryRun).isVisible();
        assertThat(dryRun.locator("h3")).hasText(Pattern.compile("今の待ち行列（\\d+ 件）での試算"));
        for (String kpi : List.of("assigned", "meanFit", "maxWaitSeconds", "loadMaxMin")) {
            assertThat(manager.locator("[data-testid=delta-" + kpi + "]")).hasText(DELTA);
        }
        assertThat(manager.locator("[data-testid=dry-run-changed]")).isVisible();
        JsonPath saved = given(as(DemoUsers.SORA)).get("/api/matching/weights").then().statusCode(200).extract().jsonPath();
        assertThat(saved.getInt("weights.waitingTime")).as("the preview changes nothing").isEqualTo(before);
        Browser.screenshot(manager, SHOTS + "06-weights-preview");

        manager.locator("[data-testid=weights-save]").click();
        assertThat(manager.locator("[data-testid=mgr-notice]")).hasText("保存しました。");
        saved = given(as(DemoUsers.SORA)).get("/api/matching/weights").then().statusCode(200).extract().jsonPath();
        assertThat(saved.getInt("weights.waitingTime")).isEqualTo(after);
        assertThat(saved.getString("updatedBy")).isEqualTo(DemoUsers.SORA);
        assertThat(waiting).hasValue(String.valueOf(after));
        Browser.screenshot(manager, SHOTS + "07-weights-saved");
    }

    private void seesTheDashboardMoveWhenAShopperIsServed(Page manager) {
        manager.locator("[data-testid=mgr-tab-dashboard]").click();
        Locator answered = manager.locator("[data-testid=kpi-answered] strong");
        assertThat(answered).hasText(Pattern.compile("\\d+"));
        int answeredBefore = Integer.parseInt(answered.innerText().trim());
        String offersBefore = manager.locator("[data-testid=kpi-offers] strong").innerText();
        Browser.screenshot(manager, SHOTS + "08-dashboard-before");

        Stack.reset(DemoUsers.AOI, "AVAILABLE");
        ScriptedShopper shopper = ScriptedShopper.arrive();
        String requestId = shopper.asks("ダッシュボード確認 " + UUID.randomUUID().toString().substring(0, 8), false);
        JsonPath offer = Stack.awaitOffer(requestId, Duration.ofSeconds(20), DemoUsers.AOI);
        Stack.serve(DemoUsers.AOI, offer.getString("id"), "PURCHASED");

        // The dashboard asks matching every 5 s; the page is not reloaded.
        await("the dashboard's answered count grows past " + answeredBefore).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Integer.parseInt(answered.innerText().trim()), count -> count > answeredBefore);
        assertThat(manager.locator("[data-testid=kpi-offers] strong")).not().hasText(offersBefore);
        assertThat(manager.locator("[data-testid=kpi-outcomes]")).containsText("購入");
        assertThat(manager.locator("[data-testid=kpi-chart] canvas").first()).isVisible();
        Browser.screenshot(manager, SHOTS + "09-dashboard-after");
    }

    /** The staff member's expertise as staff-directory has it: [{"tag","level"}]. */
    private static List<Map<String, Object>> expertiseOf(String username) {
        return given(as(DemoUsers.SORA)).get("/api/staff-directory/staff").then().statusCode(200).extract().jsonPath()
                .getList("find { it.username == '" + username + "' }.expertise");
    }
}
