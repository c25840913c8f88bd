package io.tsunagu.staffdirectory.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.tsunagu.staffdirectory.ApiTesting.DAYS;
import static io.tsunagu.staffdirectory.ApiTesting.DEMO_TIME_ZONE;
import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.STORES;
import static io.tsunagu.staffdirectory.ApiTesting.roundTheClock;
import static io.tsunagu.staffdirectory.ApiTesting.shifts;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may write what, as a matrix: every write of the directory, by each kind of caller, against a
 * store the manager sora looks after (tokyo: aoi) and one they do not (sapporo: hana). Every body
 * is the demo data's own value, so a row that is allowed changes nothing the other tests rely on.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String SERVICE = "service";
    private static final String NOBODY = "anonymous";

    private static final List<Map<String, Object>> AOI_EXPERTISE = List.of(
            Map.of("tag", "mountaineering", "level", 5), Map.of("tag", "camping", "level", 3));
    private static final List<Map<String, Object>> HANA_EXPERTISE = List.of(
            Map.of("tag", "skiing", "level", 5), Map.of("tag", "mountaineering", "level", 2));

    /** A write: method, path, body. */
    record Write(String name, String method, String path, Object body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Write OWN_STORE = new Write("PUT own store", "PUT", STORES + "/tokyo", store("tokyo", "東京店", "Tokyo"));
    static final Write OTHER_STORE = new Write("PUT other store", "PUT", STORES + "/sapporo", store("sapporo", "札幌店", "Sapporo"));
    static final Write OWN_STAFF = new Write("PUT own staff", "PUT", STAFF + "/aoi",
            staff("Aoi Tanaka", "tokyo", List.of("ja", "en")));
    static final Write OTHER_STAFF = new Write("PUT other staff", "PUT", STAFF + "/hana",
            staff("Hana Sato", "sapporo", List.of("ja", "en", "zh")));
    static final Write OWN_EXPERTISE = new Write("PUT own staff expertise", "PUT", STAFF + "/aoi/expertise", AOI_EXPERTISE);
    static final Write OTHER_EXPERTISE = new Write("PUT other staff expertise", "PUT", STAFF + "/hana/expertise", HANA_EXPERTISE);
    static final Write OWN_SHIFTS = new Write("PUT own staff shifts", "PUT", shifts("aoi") + "/weekly", roundTheClock());
    static final Write OTHER_SHIFTS = new Write("PUT other staff shifts", "PUT", shifts("hana") + "/weekly", roundTheClock());
    static final Write PROFILE = new Write("PUT my profile", "PUT", STAFF + "/me/profile", Map.of("profileText", ""));
    static final Write PRESENCE = new Write("PUT my presence", "PUT", STAFF + "/me/presence", Map.of("presence", "OFFLINE"));
    static final Write MANAGERS = new Write("PUT manager stores", "PUT", "/api/staff-directory/managers/sora/stores", List.of("osaka", "tokyo"));

    static Stream<Arguments> matrix() {
        return Stream.of(
                // admin: every store, but not what only staff do for themselves
                arguments(DemoUsers.MEI, OWN_STORE, 200, null), arguments(DemoUsers.MEI, OTHER_STORE, 200, null),
                arguments(DemoUsers.MEI, OWN_STAFF, 200, null), arguments(DemoUsers.MEI, OTHER_STAFF, 200, null),
                arguments(DemoUsers.MEI, OWN_EXPERTISE, 200, null), arguments(DemoUsers.MEI, OTHER_EXPERTISE, 200, null),
                arguments(DemoUsers.MEI, OWN_SHIFTS, 200, null), arguments(DemoUsers.MEI, OTHER_SHIFTS, 200, null),
                arguments(DemoUsers.MEI, MANAGERS, 200, null),
                arguments(DemoUsers.MEI, PROFILE, 403, "forbidden"), arguments(DemoUsers.MEI, PRESENCE, 403, "forbidden"),
                // manager: their stores and their staff only
                arguments(DemoUsers.SORA, OWN_STORE, 200, null), arguments(DemoUsers.SORA, OTHER_STORE, 403, "not-your-store"),
                arguments(DemoUsers.SORA, OWN_STAFF, 200, null), arguments(DemoUsers.SORA, OTHER_STAFF, 403, "not-your-store"),
                arguments(DemoUsers.SORA, OWN_EXPERTISE, 200, null), arguments(DemoUsers.SORA, OTHER_EXPERTISE, 403, "not-your-store"),
                arguments(DemoUsers.SORA, OWN_SHIFTS, 200, null), arguments(DemoUsers.SORA, OTHER_SHIFTS, 403, "not-your-store"),
                arguments(DemoUsers.SORA, MANAGERS, 403, "forbidden"),
                arguments(DemoUsers.SORA, PROFILE, 403, "forbidden"), arguments(DemoUsers.SORA, PRESENCE, 403, "forbidden"),
                // staff: their own presence and profile text, nothing else
                arguments(DemoUsers.AOI, OWN_STORE, 403, "forbidden"), arguments(DemoUsers.AOI, OWN_STAFF, 403, "forbidden"),
                arguments(DemoUsers.AOI, OWN_EXPERTISE, 403, "forbidden"), arguments(DemoUsers.AOI, OWN_SHIFTS, 403, "forbidden"),
                arguments(DemoUsers.AOI, MANAGERS, 403, "forbidden"),
                arguments(DemoUsers.AOI, PROFILE, 200, null), arguments(DemoUsers.AOI, PRESENCE, 200, null),
                // another part: reads, and sets presence through its own endpoint only
                arguments(SERVICE, OWN_STORE, 403, "forbidden"), arguments(SERVICE, OWN_STAFF, 403, "forbidden"),
                arguments(SERVICE, OWN_EXPERTISE, 403, "forbidden"), arguments(SERVICE, OWN_SHIFTS, 403, "forbidden"),
                arguments(SERVICE, PROFILE, 403, "forbidden"), arguments(SERVICE, MANAGERS, 403, "forbidden"),
                // nobody
                arguments(NOBODY, OWN_STORE, 401, "unauthorized"), arguments(NOBODY, OWN_STAFF, 401, "unauthorized"),
                arguments(NOBODY, OWN_EXPERTISE, 401, "unauthorized"), arguments(NOBODY, OWN_SHIFTS, 401, "unauthorized"),
                arguments(NOBODY, PROFILE, 401, "unauthorized"), arguments(NOBODY, MANAGERS, 401, "unauthorized"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void whoMayWriteWhat(String caller, Write write, int status, String slug) {
        var response = caller(caller).body(write.body()).request(write.method(), write.path()).then();
        if (slug == null) {
            response.statusCode(status);
        } else {
            problem(response, status, slug);
        }
    }

    private static RequestSpecification caller(String caller) {
        return switch (caller) {
            case SERVICE -> asService();
            case NOBODY -> anonymous();
            default -> as(caller);
        };
    }

    /** Round the clock, as the demo stores are, so that the demo staff's shifts stay within the hours. */
    private static Map<String, Object> store(String id, String ja, String en) {
        return Map.of("name", Map.of("ja", ja, "en", en), "timeZone", DEMO_TIME_ZONE,
                "openingHours", DAYS.stream().map(day -> Map.of("day", day, "opens", "00:00", "closes", "24:00")).toList());
    }

    private static Map<String, Object> staff(String displayName, String storeId, List<String> languages) {
        return Map.of("displayName", displayName, "storeId", storeId, "languages", languages, "maxConcurrent", 1,
                "channels", List.of("VIDEO", "VOICE", "CHAT"));
    }
}
