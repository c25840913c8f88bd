package io.tsunagu.profilebridge.intent;

import io.tsunagu.profilebridge.interest.TagScore;

import java.util.List;

/** The taxonomy tags typed intent maps to, surest first; score 1 is a sure match, less a hint. */
public record IntentTags(List<TagScore> tags) {
}
