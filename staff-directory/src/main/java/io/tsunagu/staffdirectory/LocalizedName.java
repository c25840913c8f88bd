package io.tsunagu.staffdirectory;

/** A name shown to people, in every language the consoles speak. */
public record LocalizedName(String ja, String en) {
}
