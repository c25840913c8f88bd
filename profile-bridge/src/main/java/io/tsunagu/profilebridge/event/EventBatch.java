package io.tsunagu.profilebridge.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Events are sent in batches: the widget buffers them and flushes on a timer or when the page hides. */
public record EventBatch(
        @NotNull
        @Size(min = 1, max = MAX_EVENTS)
        List<@NotNull @Valid EventInput> events) {

    public static final int MAX_EVENTS = 500;
}
