package io.tsunagu.systemtest;

import com.microsoft.playwright.Page;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two signaling nodes sharing rooms through Redis: node B is the stack's (behind the edge, where the
 * staff console connects), node A a second process this test starts. The shopper's page is served
 * through {@link FailoverBalancer}, which sends its WebSocket to node A while A lives. The call runs
 * across the two nodes; then node A is killed with SIGKILL, the balancer sends the widget's reconnect to
 * node B, and the widget resumes the room there with the token node A issued.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NodeFailoverBrowserTest {

    private static final String SHOTS = "node-failover/";
    /** The balancer's port: the page origin of the shopper, allowed by both nodes (the launcher's test stack lists it). */
    static final int BALANCER_PORT = 8090;
    private static final int NODE_A_PORT = 8094;
    static final int NODE_B_PORT = 8084;
    static final String SHOP_THROUGH_BALANCER = "http://localhost:" + BALANCER_PORT;
    private static final String ALLOWED_ORIGINS = "http://localhost:8080,http://127.0.0.1:8080," + SHOP_THROUGH_BALANCER;
    private static final List<String> AN_END = List.of("peer-left", "call-end", "hang-up");

    private static Browser browser;
    private static SecondSignalingNode nodeA;
    private static FailoverBalancer balancer;

    @BeforeAll
    static void startNodeAndBalancer() throws Exception {
        nodeA = SecondSignalingNode.start(NODE_A_PORT, ALLOWED_ORIGINS);
        balancer = new FailoverBalancer(BALANCER_PORT, NODE_A_PORT, NODE_B_PORT);
        browser = new Browser();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (balancer != null) {
            balancer.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @BeforeEach
    void onlyAoiAnswers() {
        Stack.onlyAvailable();
    }

    @AfterEach
    void everyoneLeaves() {
        browser.closePeople();
        Stack.onlyAvailable();
    }

    @Test
    void aCallAcrossTwoNodesSurvivesTheShoppersNodeBeingKilled() throws Exception {
        String topic = "ノード障害 " + UUID.randomUUID().toString().substring(0, 8);
        Page staff = browser.newPerson("ja-JP");
        SocketLog.recordInPage(staff);
        Screens.logIn(staff, Screens.CONSOLE, DemoUsers.AOI);
        Screens.goAvailable(staff, DemoUsers.AOI);

        Page shopper = browser.newPerson("ja-JP");
        SocketLog shopperHeard = SocketLog.of(shopper);
        shopper.navigate(SHOP_THROUGH_BALANCER + Screens.PRODUCT_PAGE);
        Screens.openWidgetForm(shopper);
        Screens.callAbout(shopper, staff, topic);
        assertThat(balancer.socketsToA()).as("the shopper's socket is on node A").isPositive();
        assertThat(balancer.socketsToB()).isZero();
        assertThat(shopperHeard.firstSince("joined", 0)).as("the shopper joined the room on node A").isNotNull();
        Browser.screenshot(shopper, SHOTS + "1-shopper-on-node-a");

        long killedAt = System.nanoTime();
        nodeA.kill();

        SocketLog.Received resumed = await("the widget resumes its room on node B").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    shopper.evaluate("0"); // lets Playwright hand over the socket's frames
                    return shopperHeard.firstSince("resumed", killedAt);
                }, found -> found != null);
        System.out.printf("resumed on node B %d ms after node A was killed%n", Duration.ofNanos(resumed.at() - killedAt).toMillis());
        assertThat(balancer.socketsToB()).as("the reconnect went to node B").isPositive();
        assertThat(shopperHeard.typesSince(killedAt)).as("the token node A issued was good on node B").doesNotContain("error", "joined");

        // The call goes on through node B: video on both sides, signalling both ways, and no end seen.
        Screens.awaitMoreFrames(shopper, "the shopper's page after the failover", Screens.framesDecoded(shopper));
        Screens.awaitMoreFrames(staff, "the staff console after the failover", Screens.framesDecoded(staff));
        String fromStaff = "こちらは聞こえています " + topic;
        staff.locator("[data-testid=chat-input]").fill(fromStaff);
        staff.locator("[data-testid=chat-send]").click();
        assertThat(shopper.locator("[data-testid=chat-log]")).containsText(fromStaff);
        String fromShopper = "戻りました " + topic;
        shopper.locator("[data-testid=chat-input]").fill(fromShopper);
        shopper.locator("[data-testid=chat-send]").click();
        assertThat(staff.locator("[data-testid=chat-log]")).containsText(fromShopper);
        assertThat(SocketLog.typesInPage(staff)).as("the console heard the call start, and no end")
                .contains("call-start").doesNotContainAnyElementsOf(AN_END);
        assertThat(shopper.locator("[data-testid=call-ended]")).hasCount(0);
        Browser.screenshot(shopper, SHOTS + "2-shopper-on-node-b");
        Browser.screenshot(staff, SHOTS + "3-staff-after-failover");

        staff.locator("[data-testid=hang-up]").click();
        assertThat(shopper.locator("[data-testid=call-ended]")).isVisible();
    }
}
