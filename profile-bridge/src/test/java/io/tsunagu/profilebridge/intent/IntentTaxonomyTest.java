package io.tsunagu.profilebridge.intent;

import io.tsunagu.profilebridge.interest.TagScore;
import io.tsunagu.profilebridge.taxonomy.StaffDirectoryTaxonomy;
import io.tsunagu.profilebridge.taxonomy.TaxonomyNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * Typed intent reads its synonyms from staff-directory's taxonomy (a stand-in for staff-directory's
 * {@code GET /taxonomy} here), and from its file only while staff-directory cannot be read.
 */
class IntentTaxonomyTest {

    private static final TaxonomyNode CLIMBING = node("climbing", "クライミング", "Climbing", List.of("ボルダリング"), List.of("bouldering"));
    private static final TaxonomyNode CLIMBING_EDITED = node("climbing", "クライミング", "Climbing",
            List.of("ボルダリング", "岩場"), List.of("bouldering", "crag"));

    private final StaffDirectoryTaxonomy taxonomy = Mockito.mock(StaffDirectoryTaxonomy.class);
    private IntentMatcher matcher;

    static StaffDirectoryTaxonomy unreachableTaxonomy() {
        StaffDirectoryTaxonomy down = Mockito.mock(StaffDirectoryTaxonomy.class);
        when(down.nodes()).thenThrow(new IllegalStateException("staff-directory is not running"));
        return down;
    }

    private static TaxonomyNode node(String id, String nameJa, String nameEn, List<String> ja, List<String> en) {
        return new TaxonomyNode(id, null, Map.of("ja", nameJa, "en", nameEn), Map.of("ja", ja, "en", en), List.of());
    }

    private List<String> tagsOf(String text, IntentLanguage language) {
        return matcher.tags(text, language).stream().map(TagScore::tag).toList();
    }

    @AfterEach
    void close() {
        matcher.close();
    }

    @Test
    void theTaxonomysNamesAndSynonymsMapTypedIntentInBothLanguages() {
        when(taxonomy.nodes()).thenReturn(List.of(CLIMBING));
        matcher = new IntentMatcher(taxonomy);

        assertThat(matcher.usesTaxonomy()).isTrue();
        assertThat(tagsOf("ボルダリングを始めたい", IntentLanguage.JA)).containsExactly("climbing");
        assertThat(tagsOf("クライミングの靴", IntentLanguage.JA)).containsExactly("climbing");
        assertThat(tagsOf("shoes for bouldering", IntentLanguage.EN)).containsExactly("climbing");
        // The file's synonyms are not mixed in: 富士山 is only in the file here.
        assertThat(tagsOf("富士山に登りたい", IntentLanguage.JA)).isEmpty();
    }

    @Test
    void aManagersSynonymEditReachesTheMappingAtTheNextRefresh() {
        when(taxonomy.nodes()).thenReturn(List.of(CLIMBING));
        matcher = new IntentMatcher(taxonomy);
        assertThat(tagsOf("週末は岩場に行く", IntentLanguage.JA)).isEmpty();

        when(taxonomy.nodes()).thenReturn(List.of(CLIMBING_EDITED));
        assertThat(matcher.refresh()).isTrue();

        assertThat(tagsOf("週末は岩場に行く", IntentLanguage.JA)).containsExactly("climbing");
        assertThat(tagsOf("a crag near Tokyo", IntentLanguage.EN)).containsExactly("climbing");
    }

    @Test
    void whenStaffDirectoryIsDownAtStartTheFileIsUsedUntilARefreshSucceeds() {
        when(taxonomy.nodes()).thenThrow(new IllegalStateException("staff-directory is not running")).thenReturn(List.of(CLIMBING));
        matcher = new IntentMatcher(taxonomy);

        assertThat(matcher.usesTaxonomy()).isFalse();
        assertThat(tagsOf("富士山に登りたい", IntentLanguage.JA)).containsExactly("mountaineering");

        assertThat(matcher.refresh()).isTrue();
        assertThat(matcher.usesTaxonomy()).isTrue();
        assertThat(tagsOf("ボルダリングを始めたい", IntentLanguage.JA)).containsExactly("climbing");
    }

    @Test
    void aFailedRefreshKeepsTheTaxonomysSynonymsInUse() {
        when(taxonomy.nodes()).thenReturn(List.of(CLIMBING)).thenThrow(new IllegalStateException("timed out"));
        matcher = new IntentMatcher(taxonomy);

        assertThat(matcher.refresh()).isFalse();

        assertThat(matcher.usesTaxonomy()).isTrue();
        assertThat(tagsOf("ボルダリングを始めたい", IntentLanguage.JA)).containsExactly("climbing");
    }

    @Test
    void aSynonymTheAnalyserKeepsNothingOfIsLeftOutWithoutStoppingThePart() {
        when(taxonomy.nodes()).thenReturn(List.of(node("climbing", "クライミング", "Climbing", List.of("の"), List.of("the", "bouldering")),
                node("Not A Tag", "なし", "None", List.of("なし"), List.of("none"))));
        matcher = new IntentMatcher(taxonomy);

        assertThat(matcher.usesTaxonomy()).isTrue();
        assertThat(tagsOf("bouldering", IntentLanguage.EN)).containsExactly("climbing");
        assertThat(tagsOf("none of the above", IntentLanguage.EN)).isEmpty();
    }
}
