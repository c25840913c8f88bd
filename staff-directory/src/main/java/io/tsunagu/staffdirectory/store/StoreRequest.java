package io.tsunagu.staffdirectory.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A store to create ({@code id} required) or to change (the path names it, {@code id} is ignored). */
public record StoreRequest(@Pattern(regexp = StoreRequest.ID, message = StoreRequest.ID_RULE) String id,
                           @NotNull @Valid Name name,
                           @NotBlank @Size(max = 64) String timeZone,
                           @Size(max = 21) List<@NotNull @Valid OpeningHours> openingHours) {

    /** What a store id may look like. */
    public static final String ID = "[a-z0-9][a-z0-9-]{0,62}";
    public static final String ID_RULE = "lower-case letters, digits and '-', at most 63";


    /** Both languages are required: the consoles show either. */
    public record Name(@NotBlank @Size(max = 200) String ja, @NotBlank @Size(max = 200) String en) {
    }
}
