package io.tsunagu.staffdirectory.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A word people use for a tag in one language, such as 山登り for mountaineering. */
@Embeddable
public record TagSynonym(@Column(name = "language", nullable = false) String language,
                         @Column(name = "term", nullable = false) String term) {
}
