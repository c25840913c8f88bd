package io.tsunagu.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * When nobody can answer: the shopper leaves a message, a staff member claims and answers it in the
 * console, and the shopper reads the answer the next time they open the widget; the shopper books a
 * time, and the staff member it went to sees it in their upcoming bookings. Screenshots of each step
 * under target/screenshots/follow-up-journey/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FollowUpJourneyBrowserTest {

    private static final String SHOTS = "follow-up-journey/";
    /** The console reads messages and bookings on start and every 30 s. */
    private static final LocatorAssertions.IsVisibleOptions CONSOLE_READ = new LocatorAssertions.IsVisibleOptions().setTimeout(40_000);

    private static final int PHONE_WIDTH = 390;

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
    void nobodyAnswers() {
        Stack.onlyAvailable();
    }

    @AfterEach
    void everyoneLeaves() {
        browser.closePeople();
    }

    /** The product page with the widget open on "nobody is free"; {@code phone}: on a phone-sized screen. */
    private static Page nobodyFreePanel(String shot, boolean phone) {
        Page shopper = browser.newPerson("ja-JP");
        if (phone) {
            shopper.setViewportSize(PHONE_WIDTH, 844);
        }
        shopper.navigate(Stack.EDGE + Screens.PRODUCT_PAGE);
        Locator later = shopper.locator("[data-testid=ask-later]");
        assertThat(later).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(40_000));
        later.click();
        assertThat(shopper.locator("[data-testid=later-message]")).isVisible();
        Browser.screenshot(shopper, SHOTS + shot);
        return shopper;
    }

    @Test
    void aShopperLeavesAMessageAStaffMemberAnswersItAndTheShopperReadsTheAnswer() {
        String question = "冬の富士山に登れるブーツはありますか？ " + UUID.randomUUID().toString().substring(0, 8);
        String reply = "はい、東京店に冬用の登山靴があります。";

        // On a phone, by keyboard: the panel is a bottom sheet as wide as the screen.
        Page shopper = nobodyFreePanel("01-nobody-free-phone", true);
        assertThat(shopper.locator("[data-testid=panel]").boundingBox().width).isEqualTo(PHONE_WIDTH, within(1.0));
        shopper.locator("[data-testid=later-leave-message]").press("Enter");
        shopper.locator("[data-testid=message-topic]").fill(question);
        Browser.screenshot(shopper, SHOTS + "02-message-form-phone");
        shopper.locator("[data-testid=message-submit]").press("Enter");
        assertThat(shopper.locator("[data-testid=message-sent]")).isVisible();
        Browser.screenshot(shopper, SHOTS + "03-message-sent");

        // Messages without a preferred store are for every store: aoi (Tokyo) sees it.
        Page staff = Screens.staffConsole(browser, "ja-JP", DemoUsers.AOI);
        Locator message = staff.locator("[data-testid=message-item]").filter(new Locator.FilterOptions().setHasText(question));
        assertThat(message).isVisible(CONSOLE_READ);
        Browser.screenshot(staff, SHOTS + "04-console-message");
        message.locator("[data-testid=message-claim]").click();
        message.locator("[data-testid=message-answer-text]").fill(reply);
        Browser.screenshot(staff, SHOTS + "05-console-answer");
        message.locator("[data-testid=message-answer-send]").click();
        assertThat(message).hasCount(0);
        Browser.screenshot(staff, SHOTS + "06-console-answered");

        // The next time the shopper opens the page, the launcher points at the answer.
        shopper.reload();
        Locator inbox = shopper.locator("[data-testid=inbox-open]");
        assertThat(inbox).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        inbox.click();
        Locator answer = shopper.locator("[data-testid=inbox-message]").filter(new Locator.FilterOptions().setHasText(question))
                .locator("[data-testid=message-answer]");
        assertThat(answer).containsText(reply);
        Browser.screenshot(shopper, SHOTS + "07-answer-in-widget");
    }

    @Test
    void aShopperBooksATimeAndTheBookedStaffMemberSeesItInTheConsole() {
        String topic = "富士山に登りたいので装備を相談したい " + UUID.randomUUID().toString().substring(0, 8);

        Page shopper = nobodyFreePanel("11-nobody-free", false);
        shopper.locator("[data-testid=later-book]").click();
        Locator days = shopper.locator("[data-testid=book-day]");
        assertThat(days).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        // The second day: a whole day of slots, whatever the time of the run.
        days.selectOption(new SelectOption().setIndex(1));
        shopper.locator("[data-testid=book-time]").selectOption(new SelectOption().setIndex(2));
        shopper.locator("[data-testid=book-topic]").fill(topic);
        Browser.screenshot(shopper, SHOTS + "12-booking-form");
        shopper.locator("[data-testid=book-submit]").click();
        Locator confirmation = shopper.locator("[data-testid=booking-confirmation]");
        assertThat(confirmation).isVisible();
        assertThat(confirmation).containsText("Asia/Tokyo");
        assertThat(shopper.locator("[data-testid=booking-ics]")).isVisible();
        Browser.screenshot(shopper, SHOTS + "13-booking-confirmed");

        String booked = await("the booking reaches one staff member's upcoming list").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> bookedWith(topic), user -> user != null);
        Page staff = Screens.staffConsole(browser, "ja-JP", booked);
        Locator booking = staff.locator("[data-testid=booking-item]").filter(new Locator.FilterOptions().setHasText(topic));
        assertThat(booking).isVisible(CONSOLE_READ);
        Browser.screenshot(staff, SHOTS + "14-console-upcoming-booking");
    }

    /** The demo staff member whose upcoming bookings hold this topic, or null. */
    private static String bookedWith(String topic) {
        for (String user : List.of(DemoUsers.AOI, DemoUsers.REN, DemoUsers.HANA)) {
            List<Map<String, Object>> upcoming = given(as(user)).get("/api/matching/bookings/upcoming")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            if (upcoming.stream().anyMatch(booking -> topic.equals(booking.get("topic")))) {
                return user;
            }
        }
        return null;
    }
}
