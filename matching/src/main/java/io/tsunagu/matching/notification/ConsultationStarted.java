package io.tsunagu.matching.notification;

import io.tsunagu.matching.consultation.ConsultationView;

public record ConsultationStarted(ConsultationView consultation) {
}
