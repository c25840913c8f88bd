package io.tsunagu.profilebridge.intent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntentSynonymsTest {

    private static final IntentAnalyzers ANALYZERS = new IntentAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void termsAreStoredAsTheAnalyserReadsThem() {
        IntentSynonyms synonyms = IntentSynonyms.load(IntentMatcher.SYNONYMS, ANALYZERS);

        assertThat(synonyms.tagsOf(IntentLanguage.EN, List.of("trail", "run")))
                .containsExactly(new IntentSynonyms.TagWeight("trail-running", 1.0));
        assertThat(synonyms.tagsOf(IntentLanguage.JA, List.of("登る")))
                .containsExactly(new IntentSynonyms.TagWeight("mountaineering", 0.5));
        assertThat(synonyms.longestPhrase()).isEqualTo(3);
    }

    @Test
    void aWeightOutOfRangeStopsLoadingWithItsLine() {
        assertThatThrownBy(() -> IntentSynonyms.load("intent/weight-out-of-range.txt", ANALYZERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("intent/weight-out-of-range.txt line 3: weight must be above 0 and at most 1");
    }

    @Test
    void aTagThatIsNotATaxonomyIdStopsLoading() {
        assertThatThrownBy(() -> IntentSynonyms.load("intent/bad-tag.txt", ANALYZERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("intent/bad-tag.txt line 3: tag Hiking");
    }

    @Test
    void aTermTheAnalyserDropsEntirelyStopsLoading() {
        assertThatThrownBy(() -> IntentSynonyms.load("intent/only-stop-words.txt", ANALYZERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("intent/only-stop-words.txt line 1: the term 'the' has no words the analyser keeps");
    }

    @Test
    void aMissingResourceStopsLoading() {
        assertThatThrownBy(() -> IntentSynonyms.load("intent/none.txt", ANALYZERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("synonyms resource intent/none.txt not found");
    }
}
