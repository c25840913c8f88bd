package io.tsunagu.profilebridge.event;

import java.util.List;

/**
 * The body of {@code POST /events}, as documented in the OpenAPI: the widget buffers events and
 * flushes them on a timer or when the page hides. {@link EventBatchReader} reads it event by event.
 */
public record EventBatch(List<EventInput> events) {

    public static final int MAX_EVENTS = 500;
}
