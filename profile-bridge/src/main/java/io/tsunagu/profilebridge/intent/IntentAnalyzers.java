package io.tsunagu.profilebridge.intent;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns typed text into the terms synonyms are matched on. Japanese goes through Kuromoji, which
 * splits words that have no spaces between them and reduces inflected forms to their base form
 * (登りたい → 登る), dropping particles and auxiliaries; half-width katakana is widened. English is
 * lower-cased, stripped of stop words and Porter-stemmed (hiking → hike). Analysers are thread-safe.
 */
final class IntentAnalyzers implements AutoCloseable {

    private static final String FIELD = "intent";

    private final Map<IntentLanguage, Analyzer> analyzers = new EnumMap<>(IntentLanguage.class);

    IntentAnalyzers() {
        analyzers.put(IntentLanguage.JA, new JapaneseAnalyzer());
        analyzers.put(IntentLanguage.EN, new EnglishAnalyzer());
    }

    List<String> terms(IntentLanguage language, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzers.get(language).tokenStream(FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            // The text is read from a String: only a broken analyser can fail here.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
