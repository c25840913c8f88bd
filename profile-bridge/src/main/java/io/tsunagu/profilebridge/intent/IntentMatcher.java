package io.tsunagu.profilebridge.intent;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.profilebridge.interest.TagScore;
import io.tsunagu.profilebridge.taxonomy.StaffDirectoryTaxonomy;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

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
 * <p>
 * The synonyms are staff-directory's taxonomy's, read at startup and again every
 * {@code tsunagu.profile.intent-refresh}, so a manager's edit reaches the mapping. Only when
 * staff-directory cannot be read at startup are the file's synonyms used, until a refresh succeeds.
 */
@Startup
@Singleton
public class IntentMatcher {

    private static final Logger LOG = Logger.getLogger(IntentMatcher.class);
    static final String SYNONYMS = "intent/synonyms.txt";

    private final IntentAnalyzers analyzers;
    private final StaffDirectoryTaxonomy taxonomy;
    private volatile IntentSynonyms synonyms;
    private volatile boolean fromTaxonomy;

    IntentMatcher(StaffDirectoryTaxonomy taxonomy) {
        this.analyzers = new IntentAnalyzers();
        this.taxonomy = taxonomy;
        if (!refresh()) {
            LOG.warnf("typed intent uses the synonyms of %s until staff-directory's taxonomy can be read", SYNONYMS);
            this.synonyms = IntentSynonyms.load(SYNONYMS, analyzers);
        }
    }

    @Scheduled(every = "${tsunagu.profile.intent-refresh:PT5M}", delayed = "${tsunagu.profile.intent-refresh:PT5M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPeriodically() {
        refresh();
    }

    /** Reads the taxonomy's synonyms; on failure keeps those in use. Whether it succeeded. */
    boolean refresh() {
        try {
            synonyms = IntentSynonyms.fromTaxonomy(taxonomy.nodes(), analyzers);
            fromTaxonomy = true;
            return true;
        } catch (RuntimeException failure) {
            LOG.warnf("staff-directory's taxonomy could not be read for typed intent, keeping the synonyms in use: %s", failure.toString());
            return false;
        }
    }

    /** Whether the synonyms in use are the taxonomy's (else the fallback file's). */
    boolean usesTaxonomy() {
        return fromTaxonomy;
    }

    /** The tags the text means, surest first (ties by tag); empty when nothing in it is known. */
    public List<TagScore> tags(String text, IntentLanguage language) {
        IntentSynonyms synonyms = this.synonyms;
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
