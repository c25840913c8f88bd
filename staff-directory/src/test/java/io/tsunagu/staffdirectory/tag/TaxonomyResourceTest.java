package io.tsunagu.staffdirectory.tag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.TAXONOMY;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TaxonomyResourceTest {

    /** The demo shop's products and their tags, as frontend/src/shop/catalogue.ts lists them. */
    private static final Map<String, Set<String>> CATALOGUE = Map.ofEntries(
            Map.entry("p-101", Set.of("mountaineering", "rainwear")),
            Map.entry("p-102", Set.of("mountaineering", "skiing")),
            Map.entry("p-103", Set.of("rainwear", "hiking")),
            Map.entry("p-104", Set.of("hiking", "mountaineering", "footwear")),
            Map.entry("p-105", Set.of("trail-running", "footwear")),
            Map.entry("p-106", Set.of("camping")),
            Map.entry("p-107", Set.of("hiking", "mountaineering")),
            Map.entry("p-108", Set.of("skiing")),
            Map.entry("p-109", Set.of("climbing")),
            Map.entry("p-110", Set.of("townwear", "rainwear")),
            Map.entry("p-111", Set.of("trail-running")),
            Map.entry("p-112", Set.of("camping")));

    @Test
    void anyoneReadsTheTree() {
        anonymous().get(TAXONOMY).then()
                .statusCode(200)
                .body("find { it.id == 'mountaineering' }.parentId", equalTo("outdoor"))
                .body("find { it.id == 'outdoor' }.parentId", nullValue())
                .body("find { it.id == 'mountaineering' }.name.ja", equalTo("登山"))
                .body("find { it.id == 'mountaineering' }.name.en", equalTo("Mountaineering"))
                .body("find { it.id == 'mountaineering' }.synonyms.ja", hasItems("山登り", "登山", "富士山"))
                .body("find { it.id == 'mountaineering' }.synonyms.en", hasItems("mt fuji", "mountaineering"))
                .body("find { it.id == 'mountaineering' }.categories", hasItem("shell-jackets"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.AOI, DemoUsers.SORA, DemoUsers.MEI})
    void peopleReadItToo(String username) {
        as(username).get(TAXONOMY).then().statusCode(200).body("id", hasItems("outdoor", "camping"));
    }

    @Test
    void theServiceAndShoppersReadIt() {
        asService().get(TAXONOMY).then().statusCode(200).body("id", hasItem("skiing"));
        asShopper().get(TAXONOMY).then().statusCode(200).body("id", hasItem("skiing"));
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        List<Map<String, Object>> nodes = anonymous().get(TAXONOMY).then().statusCode(200).extract().jsonPath().getList("$");
        Set<String> seen = new TreeSet<>();
        for (Map<String, Object> node : nodes) {
            Object parent = node.get("parentId");
            if (parent != null) {
                assertThat(seen).as("parent of " + node.get("id")).contains((String) parent);
            }
            seen.add((String) node.get("id"));
        }
        assertThat(seen).contains("outdoor", "apparel", "climbing");
    }

    @Test
    void everyProductOfTheDemoShopIsMappedAsTheShopTagsIt() {
        JsonPath taxonomy = anonymous().get(TAXONOMY).then().statusCode(200).extract().jsonPath();
        Map<String, Set<String>> mapped = new TreeMap<>();
        List<Map<String, Object>> nodes = taxonomy.getList("$");
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            List<String> products = (List<String>) node.get("productIds");
            products.stream().filter(CATALOGUE::containsKey)
                    .forEach(product -> mapped.computeIfAbsent(product, p -> new TreeSet<>()).add((String) node.get("id")));
        }
        assertThat(mapped).isEqualTo(new TreeMap<>(CATALOGUE).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new TreeSet<>(e.getValue()), (a, b) -> a, TreeMap::new)));
    }

    @Test
    void everyDemoTagHasSynonymsInBothLanguages() {
        List<Map<String, Object>> nodes = anonymous().get(TAXONOMY).then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> synonyms = (Map<String, List<String>>) node.get("synonyms");
            if (List.of("outdoor", "apparel", "mountaineering", "camping", "skiing", "rainwear", "climbing").contains(node.get("id"))) {
                assertThat(synonyms.get("ja")).as("ja synonyms of " + node.get("id")).isNotEmpty();
                assertThat(synonyms.get("en")).as("en synonyms of " + node.get("id")).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void managersAndAdminsAddANode(String username) {
        String id = "bouldering-" + username;
        as(username).body(node(id, "climbing")).post(TAXONOMY).then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("parentId", equalTo("climbing"))
                .body("name.ja", equalTo("ボルダリング"))
                .body("synonyms.ja", contains("ボルダー"))
                .body("synonyms.en", contains("boulder", "bouldering"))
                .body("productIds", contains("p-901"))
                .body("categories", contains("crash-pads"));

        anonymous().get(TAXONOMY).then().body("id", hasItem(id));
        as(username).get("/api/staff-directory/tags").then().body("id", hasItem(id));
    }

    @Test
    void aNewTagCanBeExpertiseAtOnce() {
        as(DemoUsers.SORA).body(node("via-ferrata", "climbing")).post(TAXONOMY).then().statusCode(201);
        as(DemoUsers.SORA).body(List.of(Map.of("tag", "via-ferrata", "level", 2))).put(STAFF + "/aoi/expertise").then()
                .statusCode(200)
                .body("expertise.tag", contains("via-ferrata"));
        as(DemoUsers.SORA).body(List.of(Map.of("tag", "mountaineering", "level", 5), Map.of("tag", "camping", "level", 3)))
                .put(STAFF + "/aoi/expertise").then().statusCode(200);
    }

    @Test
    void anUnknownParentIsAnUnknownTag() {
        problem(as(DemoUsers.SORA).body(node("kayaking", "water-sports")).post(TAXONOMY).then(), 400, "unknown-tag")
                .body("violations.field", contains("parentId"))
                .body("violations[0].message", containsString("water-sports"));
    }

    @Test
    void anExistingIdIsAConflict() {
        problem(as(DemoUsers.SORA).body(node("camping", "outdoor")).post(TAXONOMY).then(), 409, "already-exists");
    }

    @Test
    void theIdAndNamesAreChecked() {
        Map<String, Object> body = new HashMap<>(node("Not An Id", "outdoor"));
        body.put("name", Map.of("ja", ""));
        problem(as(DemoUsers.SORA).body(body).post(TAXONOMY).then(), 400, "invalid-request")
                .body("violations.field", contains("id", "name.en", "name.ja"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(as(DemoUsers.SORA).body("{\"id\":\"x\",").post(TAXONOMY).then(), 400, "malformed-json");
    }

    @Test
    void staffAndTheServiceCannotEditTheTaxonomy() {
        problem(as(DemoUsers.AOI).body(node("kayaking", "outdoor")).post(TAXONOMY).then(), 403, "forbidden");
        problem(asService().body(node("kayaking", "outdoor")).post(TAXONOMY).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).body(node("camping", "outdoor")).put(TAXONOMY + "/camping").then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).delete(TAXONOMY + "/camping").then(), 403, "forbidden");
    }

    @Test
    void editingWithoutTokenIsUnauthorized() {
        problem(anonymous().body(node("kayaking", "outdoor")).post(TAXONOMY).then(), 401, "unauthorized");
        problem(anonymous().delete(TAXONOMY + "/camping").then(), 401, "unauthorized");
    }

    @Test
    void aNodeIsMovedAndRenamed() {
        as(DemoUsers.MEI).body(node("slacklining", "outdoor")).post(TAXONOMY).then().statusCode(201);

        Map<String, Object> change = new HashMap<>(node("slacklining", "climbing"));
        change.remove("id");
        change.put("name", Map.of("ja", "スラックライン", "en", "Slacklining"));
        as(DemoUsers.SORA).body(change).put(TAXONOMY + "/slacklining").then()
                .statusCode(200)
                .body("parentId", equalTo("climbing"))
                .body("name.ja", equalTo("スラックライン"));
    }

    @Test
    void aNodeCannotMoveBelowItself() {
        Map<String, Object> change = new HashMap<>(node("outdoor", "climbing"));
        problem(as(DemoUsers.SORA).body(change).put(TAXONOMY + "/outdoor").then(), 400, "invalid-request")
                .body("violations.field", contains("parentId"))
                .body("violations[0].message", containsString("cycle"));
    }

    @Test
    void changingAnUnknownNodeIsNotFound() {
        problem(as(DemoUsers.SORA).body(node("atlantis", null)).put(TAXONOMY + "/atlantis").then(), 404, "not-found");
    }

    @Test
    void anUnusedLeafIsDeleted() {
        as(DemoUsers.SORA).body(node("kite-surfing", "outdoor")).post(TAXONOMY).then().statusCode(201);

        as(DemoUsers.SORA).delete(TAXONOMY + "/kite-surfing").then().statusCode(204);

        anonymous().get(TAXONOMY).then().body("id", not(hasItem("kite-surfing")));
    }

    @Test
    void aTagWithStaffExpertiseIsInUse() {
        problem(as(DemoUsers.SORA).delete(TAXONOMY + "/skiing").then(), 409, "tag-in-use")
                .body("detail", containsString("staff members with it"));
    }

    @Test
    void aTagWithChildrenIsInUse() {
        problem(as(DemoUsers.MEI).delete(TAXONOMY + "/apparel").then(), 409, "tag-in-use")
                .body("detail", containsString("3 child tags"));
    }

    @Test
    void deletingAnUnknownNodeIsNotFound() {
        problem(as(DemoUsers.MEI).delete(TAXONOMY + "/atlantis").then(), 404, "not-found");
    }

    private static Map<String, Object> node(String id, String parentId) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", id);
        node.put("parentId", parentId);
        node.put("name", Map.of("ja", "ボルダリング", "en", "Bouldering"));
        node.put("synonyms", Map.of("ja", List.of("ボルダー"), "en", List.of("boulder", "bouldering", "boulder")));
        node.put("productIds", List.of("p-901"));
        node.put("categories", List.of("crash-pads"));
        return node;
    }
}
