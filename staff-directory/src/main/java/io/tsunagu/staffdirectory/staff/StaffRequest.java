package io.tsunagu.staffdirectory.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A staff member to create, or the new values of one (the path names them; {@code username} is
 * then left out). Languages are ordered, the best spoken first.
 */
public record StaffRequest(@Pattern(regexp = StaffRequest.USERNAME, message = StaffRequest.USERNAME_RULE) String username,
                           @NotBlank @Size(max = 200) String displayName,
                           @NotBlank @Size(max = 63) String storeId,
                           @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "an ISO 639 code such as ja") String> languages,
                           @NotNull @Min(1) @Max(10) Integer maxConcurrent,
                           @NotEmpty @Size(max = 3) List<@NotNull Channel> channels) {

    /** What a staff member's user name may look like. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._@-]{0,62}";
    public static final String USERNAME_RULE = "lower-case letters, digits and . _ @ -, at most 63";

}
