package io.tsunagu.profilebridge.posimport;

import java.util.List;

/** What an import stored: new rows, rows stored by an earlier import of the same receipts, and refused lines. */
public record PosImportResult(int imported, int duplicates, List<RejectedLine> rejected) {

    /** A refused line, numbered from 1 with the header as line 1. */
    public record RejectedLine(int line, String message) {
    }
}
