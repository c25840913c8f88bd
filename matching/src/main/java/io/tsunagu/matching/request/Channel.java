package io.tsunagu.matching.request;

/** How the shopper wants to talk. */
public enum Channel {
    VIDEO, VOICE, CHAT, IN_STORE
}
