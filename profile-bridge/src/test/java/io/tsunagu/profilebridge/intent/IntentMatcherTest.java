package io.tsunagu.profilebridge.intent;

import io.tsunagu.profilebridge.interest.TagScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class IntentMatcherTest {

    private static IntentMatcher matcher;

    @BeforeAll
    static void loadDictionaries() {
        matcher = new IntentMatcher(IntentTaxonomyTest.unreachableTaxonomy());
    }

    @AfterAll
    static void close() {
        matcher.close();
    }

    /** The tags, surest first, as "tag" or "tag:score" when the score is not 1. */
    private static String tagsOf(String text, IntentLanguage language) {
        return matcher.tags(text, language).stream()
                .map(t -> t.score() == 1.0 ? t.tag() : t.tag() + ":" + t.score())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            富士山に登りたい                 | mountaineering
            山登りを始めたい                 | mountaineering
            登山靴を探しています             | footwear mountaineering
            週末にキャンプに行きます         | camping
            トレイルランニングを始めたい     | trail-running
            ｽｷｰに行きたい                    | skiing
            雨の日に着るジャケット           | rainwear:0.5
            防水のジャケットが欲しい         | rainwear
            岩登りがしたい                   | climbing
            ボルダリングとキャンプが好き     | camping climbing
            普段着が欲しい                   | townwear
            ハイキングに行く                 | hiking
            冬山に登る                       | mountaineering
            """)
    void japaneseIntentMapsToTags(String text, String tags) {
        assertThat(tagsOf(text, IntentLanguage.JA)).isEqualTo(tags);
    }

    /** Words that share characters with a synonym are other words: a morphological analyser knows. */
    @ParameterizedTest(name = "{0} → nothing")
    @CsvSource(textBlock = """
            山田さんに会いたい
            スキーマの設計を相談したい
            キャンパスで使う鞄
            雨宮さんへのプレゼント
            母への誕生日プレゼント
            ランニングマシンの使い方
            """)
    void japaneseTextThatOnlyLooksLikeASynonymMapsToNothing(String text) {
        assertThat(matcher.tags(text, IntentLanguage.JA)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            waterproof jacket for hiking         | hiking rainwear
            I want to climb Mt. Fuji             | mountaineering
            Hiker's boots                        | footwear hiking
            camping gear for the family          | camping
            Getting into trail running           | trail-running
            skis and a snowboard                 | skiing
            a Gore-Tex shell                     | rainwear
            I love rock climbing                 | climbing
            something for rainy days             | rainwear:0.5
            casual clothes for my commute        | townwear
            """)
    void englishIntentMapsToTags(String text, String tags) {
        assertThat(tagsOf(text, IntentLanguage.EN)).isEqualTo(tags);
    }

    @ParameterizedTest(name = "{0} → nothing")
    @CsvSource(textBlock = """
            skipping lunch today
            the trailer for a movie
            a rainbow t-shirt
            a gift for my mother
            running late for work
            a bag for campus
            """)
    void englishTextThatOnlyLooksLikeASynonymMapsToNothing(String text) {
        assertThat(matcher.tags(text, IntentLanguage.EN)).isEmpty();
    }

    @Test
    void aTagIsScoredByItsSurestMatch() {
        assertThat(matcher.tags("山に登って富士山を見たい", IntentLanguage.JA))
                .containsExactly(new TagScore("mountaineering", 1.0));
        assertThat(matcher.tags("山に登りたい", IntentLanguage.JA))
                .containsExactly(new TagScore("mountaineering", 0.5));
    }

    @Test
    void eachLanguageMatchesOnlyItsOwnSynonyms() {
        assertThat(matcher.tags("hiking", IntentLanguage.JA)).isEmpty();
        assertThat(matcher.tags("ハイキング", IntentLanguage.EN)).isEmpty();
    }

    @Test
    void theValidationPatternAcceptsExactlyTheLanguages() {
        assertThat(IntentLanguage.PATTERN)
                .isEqualTo(Arrays.stream(IntentLanguage.values()).map(IntentLanguage::code).collect(Collectors.joining("|")));
        assertThat(List.of(IntentLanguage.fromCode("ja"), IntentLanguage.fromCode("en")))
                .containsExactly(IntentLanguage.JA, IntentLanguage.EN);
    }
}
