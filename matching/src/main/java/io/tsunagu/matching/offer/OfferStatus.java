package io.tsunagu.matching.offer;

public enum OfferStatus {
    PENDING, ACCEPTED, DECLINED, TIMED_OUT, CANCELLED
}
