package io.tsunagu.staffdirectory.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.staffMember;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StaffEditingTest {

    private static final String MY_PROFILE = STAFF + "/me/profile";

    @Test
    void anAdminAddsAStaffMemberToAnyStore() {
        as(DemoUsers.MEI).body(staffMember("kaito", "sapporo")).post(STAFF).then()
                .statusCode(201)
                .body("username", equalTo("kaito"))
                .body("displayName", equalTo("Test kaito"))
                .body("storeId", equalTo("sapporo"))
                .body("languages", contains("ja", "en"))
                .body("maxConcurrent", equalTo(2))
                .body("channels", contains("VIDEO", "CHAT"))
                .body("expertise", empty())
                .body("presence", equalTo("OFFLINE"))
                // No shifts yet: off shift, so never AVAILABLE.
                .body("onShift", equalTo(false))
                .body("shiftEndsAt", nullValue())
                .body("profileText", equalTo(""));

        asService().get(STAFF).then().statusCode(200).body("username", hasItem("kaito"));
    }

    @Test
    void aManagerAddsStaffToTheirOwnStore() {
        as(DemoUsers.SORA).body(staffMember("yui", "osaka")).post(STAFF).then()
                .statusCode(201)
                .body("storeId", equalTo("osaka"));
    }

    @Test
    void aManagerCannotAddStaffToAnotherStore() {
        problem(as(DemoUsers.SORA).body(staffMember("daichi", "sapporo")).post(STAFF).then(), 403, "not-your-store");
    }

    @Test
    void staffCannotAddStaff() {
        problem(as(DemoUsers.AOI).body(staffMember("riku", "tokyo")).post(STAFF).then(), 403, "forbidden");
    }

    @Test
    void theServiceCannotAddStaff() {
        problem(asService().body(staffMember("riku", "tokyo")).post(STAFF).then(), 403, "forbidden");
    }

    @Test
    void addingWithoutTokenIsUnauthorized() {
        problem(anonymous().body(staffMember("riku", "tokyo")).post(STAFF).then(), 401, "unauthorized");
    }

    @Test
    void anExistingUsernameIsAConflict() {
        problem(as(DemoUsers.MEI).body(staffMember(DemoUsers.AOI, "tokyo")).post(STAFF).then(), 409, "already-exists");
    }

    @Test
    void anUnknownStoreIsNamed() {
        problem(as(DemoUsers.MEI).body(staffMember("riku", "atlantis")).post(STAFF).then(), 400, "invalid-request")
                .body("violations.field", contains("storeId"))
                .body("violations[0].message", containsString("atlantis"));
    }

    @Test
    void everyFieldIsChecked() {
        Map<String, Object> body = new HashMap<>(staffMember("Riku Sato", "tokyo"));
        body.put("displayName", " ");
        body.put("languages", List.of("japanese"));
        body.put("maxConcurrent", 11);
        body.put("channels", List.of());
        problem(as(DemoUsers.MEI).body(body).post(STAFF).then(), 400, "invalid-request")
                .body("violations.field", contains("channels", "displayName", "languages[0]", "maxConcurrent", "username"));
    }

    @Test
    void aLanguageOrChannelListedTwiceIsABadRequest() {
        Map<String, Object> body = new HashMap<>(staffMember("riku", "tokyo"));
        body.put("languages", List.of("ja", "ja"));
        body.put("channels", List.of("CHAT", "CHAT"));
        problem(as(DemoUsers.MEI).body(body).post(STAFF).then(), 400, "invalid-request")
                .body("violations.field", contains("languages", "channels"));
    }

    @Test
    void anUnknownChannelIsNamed() {
        Map<String, Object> body = new HashMap<>(staffMember("riku", "tokyo"));
        body.put("channels", List.of("FAX"));
        problem(as(DemoUsers.MEI).body(body).post(STAFF).then(), 400, "malformed-json")
                .body("detail", containsString("VIDEO, VOICE, CHAT"));
    }

    @Test
    void aMissingUsernameIsABadRequest() {
        Map<String, Object> body = new HashMap<>(staffMember("riku", "tokyo"));
        body.remove("username");
        problem(as(DemoUsers.MEI).body(body).post(STAFF).then(), 400, "invalid-request")
                .body("violations.field", contains("username"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(as(DemoUsers.MEI).body("{\"username\":\"x\"").post(STAFF).then(), 400, "malformed-json");
    }

    @Test
    void aManagerChangesTheirStaffMember() {
        as(DemoUsers.SORA).body(staffMember("mio", "tokyo")).post(STAFF).then().statusCode(201);
        Map<String, Object> change = new HashMap<>(staffMember("mio", "osaka"));
        change.remove("username");
        change.put("displayName", "Mio Kato");
        change.put("channels", List.of("VOICE"));
        change.put("maxConcurrent", 3);

        as(DemoUsers.SORA).body(change).put(STAFF + "/mio").then()
                .statusCode(200)
                .body("displayName", equalTo("Mio Kato"))
                .body("storeId", equalTo("osaka"))
                .body("channels", contains("VOICE"))
                .body("maxConcurrent", equalTo(3));
    }

    @Test
    void aManagerCannotMoveStaffToAnotherStore() {
        as(DemoUsers.SORA).body(staffMember("sho", "tokyo")).post(STAFF).then().statusCode(201);

        problem(as(DemoUsers.SORA).body(staffMember("sho", "sapporo")).put(STAFF + "/sho").then(), 403, "not-your-store");
        as(DemoUsers.MEI).get(STAFF).then().body("find { it.username == 'sho' }.storeId", equalTo("tokyo"));
    }

    @Test
    void aManagerCannotChangeAnotherStoresStaff() {
        problem(as(DemoUsers.SORA).body(staffMember(DemoUsers.HANA, "sapporo")).put(STAFF + "/" + DemoUsers.HANA).then(),
                403, "not-your-store");
    }

    @Test
    void theUsernameCannotChange() {
        problem(as(DemoUsers.MEI).body(staffMember("someone-else", "tokyo")).put(STAFF + "/" + DemoUsers.AOI).then(),
                400, "invalid-request").body("violations.field", contains("username"));
    }

    @Test
    void changingAnUnknownStaffMemberIsNotFound() {
        problem(as(DemoUsers.MEI).body(staffMember("nobody-here", "tokyo")).put(STAFF + "/nobody-here").then(), 404, "not-found");
    }

    @Test
    void staffWriteTheirOwnProfileText() {
        String text = "山が好きです。富士山には10回登りました。 I love the mountains.";
        as(DemoUsers.REN).body(Map.of("profileText", text)).put(MY_PROFILE).then()
                .statusCode(200)
                .body("username", equalTo(DemoUsers.REN))
                .body("profileText", equalTo(text));
        as(DemoUsers.REN).get(STAFF + "/me").then().body("profileText", equalTo(text));
    }

    @Test
    void profileTextHasAtMostAThousandCharacters() {
        problem(as(DemoUsers.REN).body(Map.of("profileText", "あ".repeat(1001))).put(MY_PROFILE).then(), 400, "invalid-request")
                .body("violations.field", contains("profileText"));
    }

    @Test
    void aMissingProfileTextIsABadRequest() {
        problem(as(DemoUsers.REN).body("{}").put(MY_PROFILE).then(), 400, "invalid-request")
                .body("violations.field", contains("profileText"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void onlyStaffWriteAProfileText(String username) {
        problem(as(username).body(Map.of("profileText", "hello")).put(MY_PROFILE).then(), 403, "forbidden");
    }

    @Test
    void profileTextWithoutTokenIsUnauthorized() {
        problem(anonymous().body(Map.of("profileText", "hello")).put(MY_PROFILE).then(), 401, "unauthorized");
    }
}
