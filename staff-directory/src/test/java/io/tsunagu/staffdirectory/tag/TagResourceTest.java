package io.tsunagu.staffdirectory.tag;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tsunagu.staffdirectory.ApiTesting.BASE;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class TagResourceTest {

    private static final String TAGS = BASE + "/tags";

    @Test
    void withoutTokenIsUnauthorized() {
        problem(anonymous().get(TAGS).then(), 401, "unauthorized");
    }

    @Test
    void shopperIsForbidden() {
        problem(asShopper().get(TAGS).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.AOI, DemoUsers.SORA, DemoUsers.MEI})
    void peopleSeeTheTaxonomyInBothLanguages(String username) {
        as(username).get(TAGS).then()
                .statusCode(200)
                .body("id", hasItems("mountaineering", "camping", "trail-running", "townwear", "skiing"))
                .body("find { it.id == 'mountaineering' }.name.ja", equalTo("登山"))
                .body("find { it.id == 'mountaineering' }.name.en", equalTo("Mountaineering"));
    }

    @Test
    void serviceSeesTheTagsSortedById() {
        asService().get(TAGS).then()
                .statusCode(200)
                .body("id[0]", equalTo("apparel"))
                .body("find { it.id == 'trail-running' }.name.ja", equalTo("トレイルランニング"));
    }
}
