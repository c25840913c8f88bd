package io.tsunagu.matching.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The staff member's written answer. */
public record AnswerInput(@NotBlank @Size(max = 4000) String text) {
}
