package io.tsunagu.profilebridge.intent;

import java.util.Arrays;

/** Languages a shopper can type intent in; each has its own analyser and synonyms. */
public enum IntentLanguage {
    JA("ja"),
    EN("en");

    /** The accepted codes, for validating the API record; a test keeps it equal to the constants. */
    public static final String PATTERN = "ja|en";

    private final String code;

    IntentLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static IntentLanguage fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown language " + code));
    }
}
