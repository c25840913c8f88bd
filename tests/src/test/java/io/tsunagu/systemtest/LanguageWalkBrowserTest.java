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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the screens of the widget, the staff console and the manager console and, on each, reads every
 * visible text node (and placeholder, aria-label, title, alt) once in Japanese and once after the
 * screen's own language switch in English. Fails when a Japanese screen shows a text with letters but
 * no Japanese character, or an English screen shows Japanese script. An explicit allow-list covers
 * what is data rather than interface: user names, product names, tag ids, language codes, the time
 * zone id, visitor ids, the unit "s", and what the test itself typed; elements marked with another
 * `lang` (the switch itself) and notes written by staff are not interface text either. Every finding
 * of a test is listed at its end. Screenshots under target/screenshots/language-walk/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LanguageWalkBrowserTest {

    private static final String SHOTS = "language-walk/";

    /** Kana and kanji: a Japanese screen's text has at least one. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Kana, kanji and Japanese punctuation and full-width forms: an English screen has none (U+3000, used to indent, aside). */
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3001-\\u303F\\uFF01-\\uFF5E]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Data that looks like words: visitor ids, and seconds after a number ("12 s", a unit symbol). */
    private static final List<Pattern> DATA_PATTERNS = List.of(Pattern.compile("v-[0-9a-f]{20}"), Pattern.compile("(?<=\\d)\\s?s\\b"));

    /** The demo catalogue's product names in both languages (frontend/src/shop/catalogue.ts): cards are in the shopper's language. */
    private static final List<String> PRODUCT_NAMES = List.of(
            "クモ 3レイヤー シェルジャケット", "Kumo 3-Layer Shell Jacket", "ホタカ ダウンパーカ", "Hotaka Down Parka",
            "ツユ レインパンツ", "Tsuyu Rain Pants", "ヤリ トレッキングブーツ", "Yari Trekking Boots",
            "カゼ トレイルランナー", "Kaze Trail Runner", "ホシゾラ 2人用テント", "Hoshizora 2-Person Tent",
            "サワ 30 バックパック", "Sawa 30 Backpack", "ユキ スキーシェル", "Yuki Ski Shell",
            "イワ ダイナミックロープ 9.8mm", "Iwa Dynamic Rope 9.8 mm", "マチ ウィンドパーカ", "Machi Wind Parka",
            "ハシリ 8 ランニングベスト", "Hashiri 8 Running Vest", "タキビ LEDランタン", "Takibi LED Lantern");
    /** Names that are the same in every language. */
    private static final List<String> FIXED_NAMES = List.of("Tsunagu", "Asia/Tokyo", "ja", "en", "zh",
            DemoUsers.AOI, DemoUsers.REN, DemoUsers.HANA, DemoUsers.SORA, DemoUsers.MEI);
    /**
     * Not interface text: what staff wrote in notes (other tests' notes show in the history and reports),
     * what shoppers wrote in messages and bookings (other tests' show on the console),
     * audit data, and the offer live region, which keeps what it announced in the language of that moment.
     */
    private static final List<String> NOT_INTERFACE = List.of(
            "[data-testid=history] li > p:not(.muted)", "[data-testid=report] li > p", "[data-testid=audit-table] tbody",
            ".follow-ups .topic",
            "[data-testid=offer-announcement]");

    /**
     * Visible text of a tree (the document, or a widget's shadow root), with where it was. Shadow roots
     * inside are walked too; an option counts when its select is shown.
     */
    private static final String VISIBLE_TEXT = """
            ({ host, skip, language }) => {
              const start = host ? document.querySelector(host).shadowRoot : document.body;
              const found = [];
              const shown = el => el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
              const where = el => {
                const parts = [];
                for (let e = el; e && e.tagName && parts.length < 4; e = e.parentElement) {
                  const id = e.getAttribute('data-testid');
                  const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/)[0] : '';
                  parts.unshift(e.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : cls));
                }
                return parts.join(' > ');
              };
              const excluded = el => skip.some(selector => el.closest(selector))
                || (el.closest('[lang]') && el.closest('[lang]').getAttribute('lang').split('-')[0] !== language);
              const counts = el => {
                if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) return false;
                const visibleOne = el.tagName === 'OPTION' ? el.closest('select') : el;
                return visibleOne !== null && shown(visibleOne) && !excluded(el);
              };
              const visit = node => {
                if (node.nodeType === Node.TEXT_NODE) {
                  const text = node.textContent.replace(/\\s+/g, ' ').trim();
                  const el = node.parentElement;
                  if (text && el && counts(el)) found.push({ text, where: where(el) });
                  return;
                }
                if (node.nodeType === Node.ELEMENT_NODE) {
                  for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
                    const value = (node.getAttribute(name) || '').trim();
                    if (value && counts(node)) found.push({ text: value, where: where(node) + ' @' + name });
                  }
                  if (node.shadowRoot) visit(node.shadowRoot);
                } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
                  return;
                }
                node.childNodes.forEach(visit);
              };
              visit(start);
              return found;
            }
            """;

    private static Browser browser;

    private final List<String> findings = new ArrayList<>();
    /** Exact strings that are data, longest first so that a longer name is taken out before a part of it. */
    private final Set<String> allowed = new LinkedHashSet<>();

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
    void knownNames() {
        Stack.onlyAvailable();
        allowed.addAll(PRODUCT_NAMES);
        allowed.addAll(FIXED_NAMES);
        JsonPath staff = given(as(DemoUsers.SORA)).get("/api/staff-directory/staff").then().statusCode(200).extract().jsonPath();
        allowed.addAll(staff.getList("username", String.class));
        allowed.addAll(staff.getList("displayName", String.class));
        allowed.addAll(given(as(DemoUsers.SORA)).get("/api/staff-directory/taxonomy").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class));
    }

    @AfterEach
    void everyoneLeaves() {
        browser.closePeople();
        Stack.onlyAvailable();
    }

    @Test
    void everyWidgetScreenSpeaksJapaneseAndEnglish() {
        String topic = "言語テスト " + UUID.randomUUID().toString().substring(0, 8);
        allowed.add(topic);
        Stack.reset(DemoUsers.AOI, "AVAILABLE");

        Page shopper = browser.newPerson("ja-JP");
        shopper.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Locator widget = shopper.locator("[data-testid=ask]");
        assertThat(widget).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
        walk(shopper, "widget-1-launcher", "tsunagu-button", widget, null);

        Screens.openWidgetForm(shopper);
        walk(shopper, "widget-2-form", "tsunagu-button", shopper.locator("[data-testid=topic]"), null);

        shopper.locator("[data-testid=topic]").fill(topic);
        shopper.locator("[data-testid=submit]").click();
        walk(shopper, "widget-3-waiting", "tsunagu-button", shopper.locator("[data-testid=queue-position]"), null);

        // aoi takes it by REST: the shopper's widget gets call-start and shows the call.
        JsonPath offer = Stack.awaitOfferAbout(topic, Duration.ofSeconds(20), DemoUsers.AOI);
        String consultationId = given(as(DemoUsers.AOI)).post("/api/matching/offers/{id}/accept", offer.getString("id"))
                .then().statusCode(200).extract().jsonPath().getString("id");
        walk(shopper, "widget-4-call", "tsunagu-button", shopper.locator("[data-testid=hang-up]"), null);

        given(as(DemoUsers.AOI)).post("/api/matching/consultations/{id}/end", consultationId).then().statusCode(200);
        walk(shopper, "widget-5-ended", "tsunagu-button", shopper.locator("[data-testid=rating-submit]"), null);

        shopper.locator("[data-testid=follow-up]").click();
        walk(shopper, "widget-6-follow-up", "tsunagu-button", shopper.locator("[data-testid=follow-up-info]"), null);

        shopper.locator("label.star:has([data-testid=rating-star-4])").click();
        shopper.locator("[data-testid=rating-submit]").click();
        walk(shopper, "widget-7-rated", "tsunagu-button", shopper.locator("[data-testid=rating-thanks]"), null);

        assertNoFindings();
    }

    @Test
    void everyWidgetScreenForLaterSpeaksJapaneseAndEnglish() {
        String question = "言語テスト（メッセージ） " + UUID.randomUUID().toString().substring(0, 8);
        String topic = "言語テスト（予約） " + UUID.randomUUID().toString().substring(0, 8);
        allowed.add(question);
        allowed.add(topic);

        Page shopper = browser.newPerson("ja-JP");
        shopper.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Locator later = shopper.locator("[data-testid=ask-later]");
        assertThat(later).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(40_000));
        later.click();
        walk(shopper, "widget-8-nobody-free", "tsunagu-button", shopper.locator("[data-testid=later-book]"), null);

        shopper.locator("[data-testid=later-leave-message]").click();
        walk(shopper, "widget-9-message", "tsunagu-button", shopper.locator("[data-testid=message-submit]"), null);
        shopper.locator("[data-testid=message-topic]").fill(question);
        shopper.locator("[data-testid=message-submit]").click();
        walk(shopper, "widget-10-message-sent", "tsunagu-button", shopper.locator("[data-testid=message-sent]"), null);

        shopper.locator("[data-testid=close]").click();
        later.click();
        shopper.locator("[data-testid=later-book]").click();
        walk(shopper, "widget-11-booking", "tsunagu-button", shopper.locator("[data-testid=book-day]"), null);
        shopper.locator("[data-testid=book-topic]").fill(topic);
        shopper.locator("[data-testid=book-submit]").click();
        walk(shopper, "widget-12-booked", "tsunagu-button", shopper.locator("[data-testid=booking-confirmation]"), null);

        shopper.reload();
        shopper.locator("[data-testid=inbox-open]").click();
        walk(shopper, "widget-13-replies-and-bookings", "tsunagu-button", shopper.locator("[data-testid=inbox-message]"), null);
        shopper.locator("[data-testid=booking-cancel]").click();

        assertNoFindings();
    }

    @Test
    void everyStaffConsoleScreenSpeaksJapaneseAndEnglish() {
        String topic = "言語テスト（コンソール） " + UUID.randomUUID().toString().substring(0, 8);
        allowed.add(topic);

        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        walk(staff, "console-1-signed-in", null, staff.locator("[data-testid=presence]"), null);

        // A redraw closes the profile's details again: open them after each switch.
        Runnable openProfile = () -> {
            if (!staff.locator("[data-testid=profile-text]").isVisible()) {
                staff.locator("[data-testid=profile] summary").click();
            }
        };
        openProfile.run();
        walk(staff, "console-2-profile", null, staff.locator("[data-testid=profile-text]"), openProfile);

        staff.locator("[data-testid=presence-available]").click();
        assertThat(staff.locator("[data-testid=presence]")).hasText("対応可能");
        walk(staff, "console-3-available", null, staff.locator("[data-testid=presence]"), null);

        ScriptedShopper.arrive().views("p-101", "mountaineering", "rainwear").consents(true).asks(topic, true);
        Locator offer = Screens.offerAbout(staff, topic);
        assertThat(offer.locator("[data-testid=report] h4")).isVisible();
        walk(staff, "console-4-offer", null, offer.locator("[data-testid=report] h4"), null);

        offer.locator("[data-testid=offer-accept]").click();
        walk(staff, "console-5-call", null, staff.locator("[data-testid=hang-up]"), null);

        staff.locator("[data-testid=hang-up]").click();
        walk(staff, "console-6-notes", null, staff.locator("[data-testid=notes-save]"), null);

        String note = "言語テストのメモ " + topic;
        allowed.add(note);
        staff.locator("[data-testid=notes-text]").fill(note);
        staff.locator("[data-testid=notes-outcome]").selectOption("PURCHASED");
        staff.locator("[data-testid=notes-save]").click();
        assertThat(staff.locator("[data-testid=history]")).containsText(note);
        walk(staff, "console-7-history", null, staff.locator("[data-testid=history]"), null);

        assertNoFindings();
    }

    @Test
    void everyManagerConsoleScreenSpeaksJapaneseAndEnglish() {
        Page manager = Screens.managerConsole(browser, "ja-JP", DemoUsers.SORA);
        walk(manager, "manager-1-dashboard", null, manager.locator("[data-testid=kpi-queue]"), null);

        manager.locator("[data-testid=mgr-tab-staff]").click();
        walk(manager, "manager-2-staff", null, manager.locator("[data-testid=staff-table]"), null);
        manager.locator("[data-testid=staff-edit-" + DemoUsers.AOI + "]").click();
        walk(manager, "manager-3-staff-form", null, manager.locator("[data-testid=staff-form]"), null);

        manager.locator("[data-testid=mgr-tab-shifts]").click();
        walk(manager, "manager-4-shifts", null, manager.locator("[data-testid=shift-calendar]"), null);

        manager.locator("[data-testid=mgr-tab-taxonomy]").click();
        manager.locator("[data-testid=tag-new]").click();
        walk(manager, "manager-5-taxonomy", null, manager.locator("[data-testid=tag-form]"), null);

        manager.locator("[data-testid=mgr-tab-weights]").click();
        // The dry run is dropped when the screen loads the weights again (as after the switch): once the
        // old one is gone, ask for it again.
        Runnable preview = () -> {
            assertThat(manager.locator("[data-testid=weights-dry-run]")).hasCount(0);
            manager.locator("[data-testid=weights-preview]").click();
        };
        preview.run();
        walk(manager, "manager-6-weights-preview", null, manager.locator("[data-testid=weights-dry-run]"), preview);

        manager.locator("[data-testid=mgr-tab-stores]").click();
        manager.locator("[data-testid=store-edit-tokyo]").click();
        walk(manager, "manager-7-stores", null, manager.locator("[data-testid=hours-form]"), null);

        manager.locator("[data-testid=mgr-tab-audit]").click();
        walk(manager, "manager-8-audit", null, manager.locator("[data-testid=audit-table]"), null);

        assertNoFindings();
    }

    /**
     * Reads the screen in Japanese, switches it to English with its own switch, reads it again, and
     * switches back. The switch is used from the keyboard, as its users who walk by keyboard do.
     * {@code ready} is what shows once the screen is drawn; {@code redo} restores what
     * a redraw drops.
     */
    private void walk(Page page, String screen, String host, Locator ready, Runnable redo) {
        Locator languageSwitch = page.locator("[data-testid=lang-switch]");
        assertThat(ready).isVisible();
        assertThat(languageSwitch).hasText("English");
        read(page, screen, host, "ja");

        languageSwitch.press("Enter");
        assertThat(languageSwitch).hasText("日本語");
        if (redo != null) {
            redo.run();
        }
        assertThat(ready).isVisible();
        read(page, screen, host, "en");

        languageSwitch.press("Enter");
        assertThat(languageSwitch).hasText("English");
        if (redo != null) {
            redo.run();
        }
        assertThat(ready).isVisible();
    }

    private void read(Page page, String screen, String host, String language) {
        Browser.screenshot(page, SHOTS + screen + "-" + language);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("host", host);
        arguments.put("skip", NOT_INTERFACE);
        arguments.put("language", language);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> texts = (List<Map<String, String>>) page.evaluate(VISIBLE_TEXT, arguments);
        assertThat(texts).as("the %s screen (%s) shows some text", screen, language).isNotEmpty();
        for (Map<String, String> text : texts) {
            String problem = problem(text.get("text"), language);
            if (problem != null) {
                findings.add(String.format("%s (%s): \"%s\" %s — at %s", screen, language, text.get("text"), problem, text.get("where")));
            }
        }
    }

    /** Why this text is wrong on a screen in this language, or null when it is fine. */
    private String problem(String text, String language) {
        String rest = withoutData(text);
        if ("ja".equals(language)) {
            return JAPANESE.matcher(text).find() || !LETTER.matcher(rest).find() ? null : "has letters but no Japanese";
        }
        return JAPANESE_SCRIPT.matcher(rest).find() ? "shows Japanese script" : null;
    }

    private String withoutData(String text) {
        String rest = text;
        for (String name : allowed.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            rest = name.chars().allMatch(c -> c < 128)
                    ? rest.replaceAll("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_-])", " ")
                    : rest.replace(name, " ");
        }
        for (Pattern pattern : DATA_PATTERNS) {
            rest = pattern.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    private void assertNoFindings() {
        assertThat(findings).as("interface text in the wrong language (screen (language): \"text\" problem — at element)")
                .isEmpty();
    }
}
