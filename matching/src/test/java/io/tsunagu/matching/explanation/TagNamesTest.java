package io.tsunagu.matching.explanation;

import io.tsunagu.matching.client.StaffDirectoryTags;
import io.tsunagu.matching.client.TagName;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.Reason;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Tag names for the sentences: read once and kept, with the id when staff-directory has no name. */
class TagNamesTest {

    private final StaffDirectoryTags staffDirectoryTags = mock(StaffDirectoryTags.class);
    private final TagNames tagNames = new TagNames(staffDirectoryTags);

    @Test
    void aTagIsNamedInJapaneseAndEnglishAndTheListIsReadOnce() {
        when(staffDirectoryTags.tags()).thenReturn(List.of(
                new TagName("mountaineering", new TagName.Name("登山", "Mountaineering"))));

        assertThat(tagNames.of("mountaineering")).isEqualTo(new Reason.Text("登山", "Mountaineering"));
        assertThat(tagNames.of("skiing")).as("unknown to staff-directory").isEqualTo(new Reason.Text("skiing", "skiing"));
        verify(staffDirectoryTags, times(1)).tags();
    }

    @Test
    void withoutStaffDirectoryTheIdStandsIn() {
        when(staffDirectoryTags.tags()).thenReturn(List.of());

        assertThat(tagNames.of("camping")).isEqualTo(new Reason.Text("camping", "camping"));
    }

    @Test
    void theSentenceUsesTheNames() {
        when(staffDirectoryTags.tags()).thenReturn(List.of(
                new TagName("mountaineering", new TagName.Name("登山", "Mountaineering"))));
        FreeStaff aoi = new FreeStaff("aoi", "tokyo", Set.of("ja"), Map.of("mountaineering", 5), 1, true);
        WaitingRequest climber = new WaitingRequest(UUID.randomUUID(), "ja", Map.of("mountaineering", 2.0), Set.of(), 3);

        Reason.Text text = ReasonTexts.of(MatchingConstraintProvider.EXPERTISE_FIT, climber, aoi, tagNames::of).orElseThrow();

        assertThat(text.ja()).isEqualTo("お客様の一番の関心「登山」に詳しいスタッフです（レベル5）");
        assertThat(text.en()).isEqualTo("Expert in Mountaineering (level 5), the shopper's strongest interest");
    }
}
