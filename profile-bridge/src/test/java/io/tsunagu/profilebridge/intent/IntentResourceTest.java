package io.tsunagu.profilebridge.intent;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.tsunagu.profilebridge.ApiTesting.INTENTS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IntentResourceTest {

    private static final String CLIMB_FUJI_JA = "富士山に登りたい";
    private static final String HIKING_JACKET_EN = "waterproof jacket for hiking";

    private static Map<String, Object> intent(String text, String language) {
        return Map.of("text", text, "language", language);
    }

    /** The text followed by full stops up to the length: a long entry that still means something. */
    private static String padded(String text, int length) {
        return text + "。".repeat(length - text.length());
    }

    @Test
    void aShopperSeesTheTagsTheirJapaneseTextMeans() {
        asShopper().body(intent(CLIMB_FUJI_JA, "ja")).post(INTENTS)
                .then().statusCode(200)
                .body("tags.tag", contains("mountaineering"))
                .body("tags[0].score", equalTo(1.0f));
    }

    @Test
    void aServiceMapsEnglishTextToTags() {
        asService().body(intent(HIKING_JACKET_EN, "en")).post(INTENTS)
                .then().statusCode(200)
                .body("tags.tag", contains("hiking", "rainwear"));
    }

    @Test
    void textThatMeansNoTagAnswersAnEmptyList() {
        asShopper().body(intent("a gift for my mother", "en")).post(INTENTS)
                .then().statusCode(200).body("tags", empty());
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        problem(anonymous().body(intent(CLIMB_FUJI_JA, "ja")).post(INTENTS).then(), 401, "unauthorized");
    }

    @Test
    void staffManagersAndAdminsDoNotCallIt() {
        problem(as(DemoUsers.AOI).body(intent(CLIMB_FUJI_JA, "ja")).post(INTENTS).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).body(intent(CLIMB_FUJI_JA, "ja")).post(INTENTS).then(), 403, "forbidden");
        problem(as(DemoUsers.MEI).body(intent(CLIMB_FUJI_JA, "ja")).post(INTENTS).then(), 403, "forbidden");
    }

    @Test
    void malformedJsonIsRefused() {
        problem(asShopper().body(MALFORMED_JSON).post(INTENTS).then(), 400, "malformed-json");
        problem(asShopper().body("{\"text\": [1], \"language\": \"ja\"}").post(INTENTS).then(), 400, "malformed-json");
    }

    @Test
    void aMissingBodyOrInvalidValuesAreRefused() {
        problem(asShopper().post(INTENTS).then(), 400, "invalid-request");
        problem(asShopper().body("{}").post(INTENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("language", "text"));
        problem(asShopper().body(intent("   ", "ja")).post(INTENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("text"));
        problem(asShopper().body(intent(CLIMB_FUJI_JA, "fr")).post(INTENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("language"))
                .body("violations[0].message", equalTo("must be ja or en"));
        problem(asShopper().body(intent(padded(CLIMB_FUJI_JA, IntentRequest.MAX_TEXT_LENGTH + 1), "ja")).post(INTENTS).then(),
                400, "invalid-request")
                .body("violations.field", contains("text"));
    }

    @Test
    void theLongestAcceptedTextIsMatched() {
        asShopper().body(intent(padded(CLIMB_FUJI_JA, IntentRequest.MAX_TEXT_LENGTH), "ja")).post(INTENTS)
                .then().statusCode(200).body("tags.tag", contains("mountaineering"));
    }
}
