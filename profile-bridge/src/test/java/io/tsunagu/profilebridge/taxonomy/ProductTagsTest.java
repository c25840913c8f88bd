package io.tsunagu.profilebridge.taxonomy;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.time.Instant;
import java.util.List;

import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.asService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Products get their tags from staff-directory's taxonomy (mocked here), the event's own tags otherwise. */
@QuarkusTest
class ProductTagsTest {

    private static final List<TaxonomyNode> TAXONOMY = List.of(
            new TaxonomyNode("outdoor", null, null, null, List.of()),
            new TaxonomyNode("mountaineering", "outdoor", null, null, List.of("p-101", "p-102")),
            new TaxonomyNode("rainwear", "outdoor", null, null, List.of("p-101")));

    @InjectMock
    StaffDirectoryTaxonomy taxonomy;
    @Inject
    ProductTags productTags;

    @BeforeEach
    void knowTheTaxonomy() {
        Mockito.when(taxonomy.nodes()).thenReturn(TAXONOMY);
        productTags.refresh();
    }

    @AfterEach
    void forgetIt() {
        productTags.forget();
    }

    @Test
    void aProductListedInTheTaxonomyTakesItsTagsFromThere() {
        assertThat(productTags.tagsOf("p-101", List.of("camping"))).containsExactly("mountaineering", "rainwear");
        assertThat(productTags.tagsOf("p-999", List.of("camping"))).containsExactly("camping");
        assertThat(productTags.tagsOf(null, List.of("skiing"))).containsExactly("skiing");
    }

    @Test
    void theTaxonomyIsReadOnceAndKept() {
        productTags.tagsOf("p-101", List.of());
        productTags.tagsOf("p-102", List.of());

        // Once, by knowTheTaxonomy: within the refresh interval a look-up never reads it again.
        Mockito.verify(taxonomy, Mockito.times(1)).nodes();
    }

    @Test
    void aStaleTaxonomyIsReloadedInTheBackgroundWithoutMakingTheLookUpWait() {
        productTags.forget();
        // The first look-up after forgetting answers at once from the (empty) copy and starts a reload.
        assertThat(productTags.tagsOf("p-102", List.of("camping"))).containsExactly("camping");

        Mockito.verify(taxonomy, Mockito.timeout(5000).times(2)).nodes();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> productTags.tagsOf("p-102", List.of("camping")).equals(List.of("mountaineering")));
    }

    @Test
    void whenStaffDirectoryNeverAnsweredTheEventsOwnTagsAreUsed() {
        productTags.forget();
        Mockito.when(taxonomy.nodes()).thenThrow(new IllegalStateException("staff-directory is down"));
        productTags.refresh();

        assertThat(productTags.tagsOf("p-101", List.of("camping"))).containsExactly("camping");
    }

    @Test
    void whenStaffDirectoryFailsLaterTheKeptTaxonomyIsStillUsed() {
        Mockito.when(taxonomy.nodes()).thenThrow(new IllegalStateException("staff-directory is down"));
        productTags.refresh();

        assertThat(productTags.tagsOf("p-101", List.of("camping"))).containsExactly("mountaineering", "rainwear");
    }

    @Test
    void eventsMoveTheInterestsOfTheirProductsTags() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(
                event("cart_add", "p-101", List.of("camping"), Instant.now()),
                event("product_view", "p-555", List.of("skiing"), Instant.now())));

        asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("interests.mountaineering", equalTo(3.0f))
                .body("interests.rainwear", equalTo(3.0f))
                .body("interests.skiing", equalTo(1.0f))
                .body("interests.camping", nullValue());
    }
}
