package io.tsunagu.profilebridge.intent;

import io.quarkus.runtime.Startup;
import io.tsunagu.profilebridge.interest.TagScore;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps what a shopper typed ("富士山に登りたい", "waterproof jacket for hiking") to taxonomy tags.
 * The text is analysed into terms, then matched against the synonyms left to right, longest phrase
 * first, so a phrase's words are not matched again on their own. A tag's score is the surest of its
 * matches. Created at startup: loading the Japanese dictionary takes a moment the first shopper
 * should not wait for.
 */
@Startup
@Singleton
public class IntentMatcher {

    static final String SYNONYMS = "intent/synonyms.txt";

    private final IntentAnalyzers analyzers;
    private final IntentSynonyms synonyms;

    public IntentMatcher() {
        this.analyzers = new IntentAnalyzers();
        this.synonyms = IntentSynonyms.load(SYNONYMS, analyzers);
    }

    /** The tags the text means, surest first (ties by tag); empty when nothing in it is known. */
    public List<TagScore> tags(String text, IntentLanguage language) {
        List<String> terms = analyzers.terms(language, text);
        Map<String, Double> scores = new TreeMap<>();
        int start = 0;
        while (start < terms.size()) {
            int matched = 0;
            for (int length = Math.min(synonyms.longestPhrase(), terms.size() - start); length > 0 && matched == 0; length--) {
                List<IntentSynonyms.TagWeight> tags = synonyms.tagsOf(language, terms.subList(start, start + length));
                for (IntentSynonyms.TagWeight tag : tags) {
                    scores.merge(tag.tag(), tag.weight(), Math::max);
                }
                matched = tags.isEmpty() ? 0 : length;
            }
            start += Math.max(matched, 1);
        }
        return scores.entrySet().stream()
                .map(score -> new TagScore(score.getKey(), score.getValue()))
                .sorted(Comparator.comparingDouble(TagScore::score).reversed())
                .toList();
    }

    @PreDestroy
    void close() {
        analyzers.close();
    }
}
