package io.tsunagu.matching.consultation;

/** How a consultation ended for the shopper, as the staff member judged it. */
public enum Outcome {
    PURCHASED, CONSIDERING, NOT_INTERESTED
}
