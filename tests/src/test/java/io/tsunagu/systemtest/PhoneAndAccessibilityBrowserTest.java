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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shop on a phone (375×667, touch): the widget's screens — the form with the consent choice,
 * the queue, the call with its controls, the rating — each fit the screen without scrolling sideways and
 * are worked by touch; screenshots under target/screenshots/phone/. Then the keyboard and the eyes: in
 * the widget, the staff console and the manager console every control has a name and is reached by Tab,
 * and text has a contrast of at least 4.5:1 ({@link AccessibilityAudit}).
 */
@ExtendWith(ScreenshotOnFailure.class)
class PhoneAndAccessibilityBrowserTest {

    private static final String SHOTS = "phone/";
    private static final String WIDGET = "tsunagu-button";
    private static final LocatorAssertions.HasTextOptions LONGER = new LocatorAssertions.HasTextOptions().setTimeout(25_000);
    /** The page's width, its content's width and every widget control's box, in CSS pixels. */
    private static final String LAYOUT = """
            () => {
              const host = document.querySelector('tsunagu-button');
              const controls = [...host.shadowRoot.querySelectorAll('button, input, select, textarea, a[href], video')]
                .filter(el => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0; })
                .map(el => { const b = el.getBoundingClientRect();
                  return { what: el.dataset.testid || el.tagName, left: b.left, right: b.right }; });
              return { viewport: window.innerWidth, content: document.documentElement.scrollWidth, controls };
            }
            """;

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
    void aShopperOnAPhoneAsksWaitsTalksAndRatesWithoutScrollingSideways() {
        String topic = "スマホから質問 " + UUID.randomUUID().toString().substring(0, 8);
        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        staff.locator("[data-testid=presence-available]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");

        Page phone = browser.newPhone("ja-JP");
        phone.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        fitsTheScreen(phone, "the product page");
        Browser.screenshot(phone, SHOTS + "01-product-page");

        Screens.openWidgetForm(phone);
        fitsTheScreen(phone, "the ask form");
        Browser.screenshot(phone, SHOTS + "02-ask-form");

        // aoi steps away, so that the shopper waits in the queue.
        staff.locator("[data-testid=presence-away]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("離席中");

        phone.locator("[data-testid=topic]").fill(topic);
        Locator consent = phone.locator("[data-testid=consent]");
        assertThat(consent).not().isChecked();
        consent.tap();
        assertThat(consent).isChecked();
        fitsTheScreen(phone, "the consent choice");
        Browser.screenshot(phone, SHOTS + "03-consent");
        phone.locator("[data-testid=submit]").tap();

        assertThat(phone.locator("[data-testid=queue-position]")).isVisible();
        assertThat(phone.locator("[data-testid=cancel]")).isVisible();
        fitsTheScreen(phone, "the queue");
        Browser.screenshot(phone, SHOTS + "04-waiting");
        assertThat(AccessibilityAudit.problems(phone, WIDGET)).as("the widget's queue").isEmpty();

        staff.locator("[data-testid=presence-available]").click();
        Screens.offerAbout(staff, topic).locator("[data-testid=offer-accept]").click();
        Screens.awaitFrames(phone, "the phone");
        for (String control : List.of("camera-toggle", "mute-toggle", "hang-up", "chat-input", "chat-send")) {
            Locator element = phone.locator("[data-testid=" + control + "]");
            element.scrollIntoViewIfNeeded();
            assertThat(element).isVisible();
            assertThat(element).isInViewport();
        }
        fitsTheScreen(phone, "the call");
        Browser.screenshot(phone, SHOTS + "05-in-call");
        assertThat(AccessibilityAudit.problems(phone, WIDGET)).as("the widget's call").isEmpty();

        phone.locator("[data-testid=camera-toggle]").tap();
        assertThat(phone.locator("[data-testid=camera-toggle]")).hasAttribute("aria-pressed", "true");
        fitsTheScreen(phone, "the call with the shopper's camera on");
        Browser.screenshot(phone, SHOTS + "06-in-call-camera-on");

        phone.locator("[data-testid=hang-up]").tap();
        assertThat(phone.locator("[data-testid=call-ended]")).isVisible();
        assertThat(staff.locator("[data-testid=presence]")).hasText("後処理中", LONGER);
        fitsTheScreen(phone, "the rating");
        Browser.screenshot(phone, SHOTS + "07-rating");
        assertThat(AccessibilityAudit.problems(phone, WIDGET)).as("the widget's rating").isEmpty();
    }

    @Test
    void theWidgetIsWorkedByKeyboardWithNamedControlsAndReadableText() {
        Stack.onlyAvailable(DemoUsers.AOI);
        Page shopper = browser.newPerson("ja-JP");
        shopper.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Screens.openWidgetForm(shopper);

        assertThat(AccessibilityAudit.problems(shopper, WIDGET)).as("the widget's ask form").isEmpty();

        // By keyboard, as the audit's user; with the panel open the switch sits in the panel's header.
        shopper.locator("[data-testid=lang-switch]").press("Enter");
        assertThat(shopper.locator("[data-testid=submit]")).hasText("Ask now");
        assertThat(AccessibilityAudit.problems(shopper, WIDGET)).as("the widget's ask form in English").isEmpty();
    }

    @Test
    void theStaffConsoleIsWorkedByKeyboardWithNamedControlsAndReadableText() {
        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        staff.locator("[data-testid=presence-available]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");

        assertThat(AccessibilityAudit.problems(staff, null)).as("the staff console, waiting for offers").isEmpty();
    }

    @Test
    void theManagerConsoleIsWorkedByKeyboardWithNamedControlsAndReadableText() {
        Page manager = Screens.managerConsole(browser, "ja-JP", DemoUsers.SORA);
        assertThat(manager.locator("[data-testid=kpi-store]")).isVisible();
        assertThat(AccessibilityAudit.problems(manager, null)).as("the dashboard").isEmpty();

        manager.locator("[data-testid=mgr-tab-staff]").click();
        assertThat(manager.locator("[data-testid=staff-table]")).isVisible();
        assertThat(AccessibilityAudit.problems(manager, null)).as("the staff screen").isEmpty();

        manager.locator("[data-testid=mgr-tab-stores]").click();
        assertThat(manager.locator("[data-testid=store-table]")).isVisible();
        assertThat(AccessibilityAudit.problems(manager, null)).as("the stores screen").isEmpty();

        for (String[] screen : new String[][] {{"shifts", "shift-weekly"}, {"taxonomy", "taxonomy-tree"},
                {"weights", "weights-preview"}, {"audit", "audit-table"}}) {
            manager.locator("[data-testid=mgr-tab-" + screen[0] + "]").click();
            assertThat(manager.locator("[data-testid=" + screen[1] + "]")).isVisible();
            assertThat(AccessibilityAudit.problems(manager, null)).as("the %s screen", screen[0]).isEmpty();
        }
    }

    /** The audit itself: on a page built to fail each check, it names every failure. */
    @Test
    void theAuditFindsUnnamedControlsControlsOutOfTheTabOrderAndFaintText() {
        Page page = browser.newPerson("en-GB");
        page.setContent("""
                <main>
                  <button data-testid="unnamed"></button>
                  <input data-testid="unlabelled" type="text">
                  <button data-testid="skipped" tabindex="-1">Skipped</button>
                  <p style="color:#aaaaaa;background:#ffffff">Faint text</p>
                  <button data-testid="fine">Fine</button>
                </main>
                """);

        List<String> problems = AccessibilityAudit.problems(page, null);

        assertThat(problems).anyMatch(problem -> problem.startsWith("no accessible name") && problem.contains("unnamed"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("no accessible name") && problem.contains("unlabelled"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("not in the Tab order") && problem.contains("skipped"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("contrast below 4.5:1") && problem.contains("Faint text"));
        assertThat(problems).noneMatch(problem -> problem.contains("fine"));
    }

    /** Nothing wider than the phone: no sideways scrolling, and every widget control inside the screen's width. */
    private static void fitsTheScreen(Page phone, String screen) {
        Map<?, ?> layout = (Map<?, ?>) phone.evaluate(LAYOUT);
        double viewport = ((Number) layout.get("viewport")).doubleValue();
        assertThat(((Number) layout.get("content")).doubleValue()).as("%s scrolls sideways", screen).isLessThanOrEqualTo(viewport);
        for (Object item : (List<?>) layout.get("controls")) {
            Map<?, ?> control = (Map<?, ?>) item;
            assertThat(((Number) control.get("left")).doubleValue()).as("%s: %s starts left of the screen", screen, control.get("what"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(((Number) control.get("right")).doubleValue()).as("%s: %s ends right of the screen", screen, control.get("what"))
                    .isLessThanOrEqualTo(viewport);
        }
    }
}
