package io.tsunagu.matching.consultation;

public enum ConsultationStatus {
    ACTIVE, ENDED
}
