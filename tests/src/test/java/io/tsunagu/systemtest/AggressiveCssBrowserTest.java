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

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The widget on /aggressive-css.html, a host page whose styles reach for everything (universal
 * selectors with !important, Comic Sans, magenta, letter spacing, upper case, hidden buttons and
 * dialogs, rotated boxes): the launcher and the panel must look as they do on a plain product page
 * and stay readable. Screenshots under target/screenshots/aggressive-css/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AggressiveCssBrowserTest {

    private static final String SHOTS = "aggressive-css/";
    private static final String AGGRESSIVE = "/aggressive-css.html";

    /** The styles a host page could push into the widget, read inside the shadow root. */
    private static final String LOOK = """
            element => {
              const style = getComputedStyle(element);
              return { fontFamily: style.fontFamily, color: style.color, textTransform: style.textTransform,
                letterSpacing: style.letterSpacing, textShadow: style.textShadow, visibility: style.visibility,
                display: style.display, width: element.offsetWidth, height: element.offsetHeight };
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

    @AfterEach
    void everyoneLeaves() {
        browser.closePeople();
        Stack.onlyAvailable();
    }

    @BeforeEach
    void nobodyAnswers() {
        Stack.onlyAvailable();
    }

    @Test
    void theLauncherAndTheNobodyFreePanelLookAsOnAPlainPage() {
        Page plain = browser.newPerson("ja-JP");
        plain.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Locator plainLauncher = plain.locator("[data-testid=ask-later]");
        assertThat(plainLauncher).isEnabled();

        Page page = browser.newPerson("ja-JP");
        page.navigate(Stack.EDGE + AGGRESSIVE);
        Locator launcher = page.locator("[data-testid=ask-later]");
        assertThat(launcher).isVisible();
        assertThat(launcher).isEnabled();
        assertThat(launcher).hasText("スタッフへの相談について");
        Browser.screenshot(page, SHOTS + "01-launcher");

        Map<?, ?> look = look(launcher);
        assertReadable(look, "the launcher button");
        Map<?, ?> plainLook = look(plainLauncher);
        assertThat(number(look, "width")).as("launcher width on the aggressive page vs a plain page (%s vs %s)", look, plainLook)
                .isCloseTo(number(plainLook, "width"), within(2.0)).isBetween(120.0, 480.0);
        assertThat(number(look, "height")).as("launcher height on the aggressive page vs a plain page")
                .isCloseTo(number(plainLook, "height"), within(2.0)).isBetween(36.0, 120.0);
        assertThat(look.get("fontFamily")).isEqualTo(plainLook.get("fontFamily"));

        launcher.click();
        Locator panel = page.locator("[data-testid=panel]");
        assertThat(panel).isVisible();
        Locator message = page.locator("[data-testid=later-message]");
        message.scrollIntoViewIfNeeded();
        assertThat(message).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(0.95));
        assertThat(message).containsText("今はすぐにおつなぎできません");
        assertThat(page.locator("[data-testid=later-hours]")).containsText("毎日 10:00〜20:00（日本時間）");
        assertThat(page.locator("[data-testid=later-retry]")).isVisible();
        assertThat(page.locator("[data-testid=close]")).isVisible();
        assertReadable(look(message), "the panel's message");
        Map<?, ?> panelLook = look(panel);
        assertThat(number(panelLook, "width")).as("panel width (%s)", panelLook).isBetween(300.0, 420.0);
        assertThat(number(panelLook, "height")).as("panel height (%s)", panelLook).isGreaterThan(150.0);
        Browser.screenshot(page, SHOTS + "02-panel-nobody-free");

        page.locator("[data-testid=close]").click();
        assertThat(panel).hasCount(0);
    }

    @Test
    void theFormIsUsableWhenSomeoneCanAnswer() {
        Stack.reset(DemoUsers.AOI, "AVAILABLE");
        Page page = browser.newPerson("ja-JP");
        page.navigate(Stack.EDGE + AGGRESSIVE);
        Screens.openWidgetForm(page);
        Browser.screenshot(page, SHOTS + "03-form");

        Locator topic = page.locator("[data-testid=topic]");
        topic.scrollIntoViewIfNeeded();
        assertThat(topic).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(0.95));
        assertThat(topic).isEditable();
        topic.fill("雨の日の登山");
        assertThat(topic).hasValue("雨の日の登山");
        assertReadable(look(topic), "the topic field");
        Map<?, ?> field = look(topic);
        assertThat(number(field, "height")).as("the topic field has room to type (%s)", field).isGreaterThan(40.0);

        Locator consent = page.locator("[data-testid=consent]");
        consent.check();
        assertThat(consent).isChecked();
        Locator submit = page.locator("[data-testid=submit]");
        assertThat(submit).isVisible();
        assertThat(submit).isEnabled();
        assertReadable(look(submit), "the submit button");
        Browser.screenshot(page, SHOTS + "04-form-filled");
    }

    private static Map<?, ?> look(Locator element) {
        return (Map<?, ?>) element.evaluate(LOOK);
    }

    private static double number(Map<?, ?> look, String key) {
        return ((Number) look.get(key)).doubleValue();
    }

    /** None of the host page's styles got in. */
    private static void assertReadable(Map<?, ?> look, String what) {
        assertThat((String) look.get("fontFamily")).as("%s keeps its own font: %s", what, look).doesNotContainIgnoringCase("comic");
        assertThat(look.get("color")).as("%s keeps its own colour: %s", what, look).isNotEqualTo("rgb(255, 0, 255)");
        assertThat(look.get("textTransform")).as("%s is not upper-cased by the host: %s", what, look).isEqualTo("none");
        assertThat(look.get("letterSpacing")).as("%s has normal letter spacing: %s", what, look).isEqualTo("normal");
        assertThat(look.get("textShadow")).as("%s has no host text shadow: %s", what, look).isEqualTo("none");
        assertThat(look.get("visibility")).as("%s is visible: %s", what, look).isEqualTo("visible");
        assertThat(look.get("display")).as("%s is displayed: %s", what, look).isNotEqualTo("none");
    }
}
