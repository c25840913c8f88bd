package io.tsunagu.staffdirectory.tag;

import io.tsunagu.staffdirectory.LocalizedName;

/** A tag as the API shows it. */
public record TagView(String id, LocalizedName name) {

    static TagView of(Tag tag) {
        return new TagView(tag.getId(), new LocalizedName(tag.getNameJa(), tag.getNameEn()));
    }
}
