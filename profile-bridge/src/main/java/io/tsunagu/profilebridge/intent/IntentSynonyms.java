package io.tsunagu.profilebridge.intent;


import io.tsunagu.profilebridge.interest.Tags;
import io.tsunagu.profilebridge.taxonomy.TaxonomyNode;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Terms per language → taxonomy tags, from staff-directory's taxonomy (each node's names and
 * synonyms, all sure, weight 1) or, as a fallback, from a resource with lines
 * {@code <tag> <ja|en> <weight> <term>, <term>, …}. Each term is analysed like the shopper's text,
 * so 山登り, 登山 or "trail running" are matched as the term sequences the analyser makes of them.
 * A file that cannot be read right fails at startup, naming the line: a synonym that silently never
 * matches is worse. A taxonomy term the analyser keeps nothing of is skipped with a warning instead:
 * a manager's edit must not stop the part.
 */
final class IntentSynonyms {

    private static final Logger LOG = Logger.getLogger(IntentSynonyms.class);

    private static final Pattern FIELDS = Pattern.compile("\\s+");
    private static final Pattern TERMS = Pattern.compile("\\s*,\\s*");

    /** Per language: a term sequence → the tags it means, with how surely. */
    private final Map<IntentLanguage, Map<List<String>, List<TagWeight>>> phrases;
    private final int longestPhrase;

    private IntentSynonyms(Map<IntentLanguage, Map<List<String>, List<TagWeight>>> phrases) {
        this.phrases = phrases;
        this.longestPhrase = phrases.values().stream().flatMap(p -> p.keySet().stream())
                .mapToInt(List::size).max().orElse(0);
    }

    /** A tag a phrase means, and how surely (0 to 1]: 富士山 surely means mountaineering, 登る less so. */
    record TagWeight(String tag, double weight) {
    }

    static IntentSynonyms load(String resource, IntentAnalyzers analyzers) {
        InputStream in = IntentSynonyms.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("synonyms resource " + resource + " not found");
        }
        Map<IntentLanguage, Map<List<String>, List<TagWeight>>> phrases = new EnumMap<>(IntentLanguage.class);
        for (IntentLanguage language : IntentLanguage.values()) {
            phrases.put(language, new HashMap<>());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                readLine(resource, number, content, analyzers, phrases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms resource " + resource, e);
        }
        return new IntentSynonyms(phrases);
    }

    /** The synonyms the taxonomy's nodes carry, their names included. */
    static IntentSynonyms fromTaxonomy(List<TaxonomyNode> nodes, IntentAnalyzers analyzers) {
        Map<IntentLanguage, Map<List<String>, List<TagWeight>>> phrases = new EnumMap<>(IntentLanguage.class);
        for (IntentLanguage language : IntentLanguage.values()) {
            phrases.put(language, new HashMap<>());
        }
        for (TaxonomyNode node : nodes) {
            if (node.id() == null || !node.id().matches(Tags.PATTERN)) {
                LOG.warnf("taxonomy tag '%s' is not a tag id this part accepts; its synonyms are left out", node.id());
                continue;
            }
            for (IntentLanguage language : IntentLanguage.values()) {
                Set<String> terms = new LinkedHashSet<>();
                if (node.name().get(language.code()) != null) {
                    terms.add(node.name().get(language.code()));
                }
                terms.addAll(node.synonyms().getOrDefault(language.code(), List.of()));
                for (String term : terms) {
                    List<String> phrase = analyzers.terms(language, term);
                    if (phrase.isEmpty()) {
                        LOG.warnf("taxonomy synonym '%s' of %s has no words the analyser keeps; left out", term, node.id());
                    } else {
                        add(phrases.get(language), phrase, new TagWeight(node.id(), 1.0));
                    }
                }
            }
        }
        return new IntentSynonyms(phrases);
    }

    private static void add(Map<List<String>, List<TagWeight>> phrases, List<String> phrase, TagWeight meaning) {
        List<TagWeight> meanings = phrases.computeIfAbsent(List.copyOf(phrase), p -> new ArrayList<>());
        if (!meanings.contains(meaning)) {
            meanings.add(meaning);
        }
    }

    private static void readLine(String resource, int number, String line, IntentAnalyzers analyzers,
                                 Map<IntentLanguage, Map<List<String>, List<TagWeight>>> phrases) {
        String[] fields = FIELDS.split(line, 4);
        if (fields.length < 4) {
            throw invalid(resource, number, "expected <tag> <language> <weight> <terms>");
        }
        String tag = fields[0];
        if (!tag.matches(Tags.PATTERN)) {
            throw invalid(resource, number, "tag " + tag + " " + Tags.PATTERN_MESSAGE);
        }
        IntentLanguage language;
        double weight;
        try {
            language = IntentLanguage.fromCode(fields[1]);
            weight = Double.parseDouble(fields[2]);
        } catch (IllegalArgumentException e) {
            throw invalid(resource, number, e.getMessage());
        }
        if (!(weight > 0 && weight <= 1)) {
            throw invalid(resource, number, "weight must be above 0 and at most 1");
        }
        for (String term : TERMS.split(fields[3].strip())) {
            List<String> phrase = analyzers.terms(language, term);
            if (phrase.isEmpty()) {
                throw invalid(resource, number, "the term '" + term + "' has no words the analyser keeps");
            }
            add(phrases.get(language), phrase, new TagWeight(tag, weight));
        }
    }

    private static IllegalStateException invalid(String resource, int number, String reason) {
        return new IllegalStateException(resource + " line " + number + ": " + reason);
    }

    /** The tags a term sequence means, or an empty list. */
    List<TagWeight> tagsOf(IntentLanguage language, List<String> phrase) {
        return phrases.get(language).getOrDefault(phrase, List.of());
    }

    int longestPhrase() {
        return longestPhrase;
    }
}
