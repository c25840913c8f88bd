package io.tsunagu.matching.notification;

import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.consultation.ConsultationView;

/** A call ended; the staff member moves to {@code staffPresence} (wrap-up, or available when the notes are written). */
public record ConsultationEnded(ConsultationView consultation, Presence staffPresence) {
}
