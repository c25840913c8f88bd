package io.tsunagu.staffdirectory.tag;

import io.tsunagu.staffdirectory.LocalizedName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A node of the taxonomy, as the API reads and writes it. On a change the path names the node and
 * {@code id} may be left out; absent lists mean empty.
 */
public record TaxonomyNode(@Pattern(regexp = TaxonomyNode.ID, message = "lower-case letters, digits and '-', at most 63") String id,
                           @Pattern(regexp = TaxonomyNode.ID, message = "lower-case letters, digits and '-', at most 63") String parentId,
                           @NotNull @Valid Name name,
                           @Valid Synonyms synonyms,
                           @Size(max = 500) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a product id such as p-101") String> productIds,
                           @Size(max = 100) List<@NotNull @Pattern(regexp = ID, message = "lower-case letters, digits and '-', at most 63") String> categories) {

    static final String ID = "[a-z0-9][a-z0-9-]{0,62}";

    public record Name(@NotBlank @Size(max = 200) String ja, @NotBlank @Size(max = 200) String en) {

        LocalizedName localized() {
            return new LocalizedName(ja, en);
        }
    }

    public record Synonyms(@Size(max = 50) List<@NotBlank @Size(max = 100) String> ja,
                           @Size(max = 50) List<@NotBlank @Size(max = 100) String> en) {
    }

    static TaxonomyNode of(Tag tag) {
        List<TagSynonym> synonyms = tag.getSynonyms();
        return new TaxonomyNode(tag.getId(), tag.getParentId(), new Name(tag.getNameJa(), tag.getNameEn()),
                new Synonyms(terms(synonyms, "ja"), terms(synonyms, "en")), tag.getProductIds(), tag.getCategories());
    }

    private static List<String> terms(List<TagSynonym> synonyms, String language) {
        return synonyms.stream().filter(s -> s.language().equals(language)).map(TagSynonym::term).toList();
    }
}
