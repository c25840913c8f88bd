package io.tsunagu.staffdirectory.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of staff_expertise: a tag a staff member knows, and how well (1–5). */
@Embeddable
public record StaffExpertise(@Column(name = "tag_id", nullable = false) String tagId,
                             @Column(name = "level", nullable = false) int level) {
}
