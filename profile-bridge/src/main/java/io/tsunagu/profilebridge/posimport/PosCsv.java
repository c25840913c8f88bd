package io.tsunagu.profilebridge.posimport;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.event.EventRow;
import io.tsunagu.profilebridge.event.OfflineEventInput;
import io.tsunagu.profilebridge.person.IdentityKind;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a day's receipts, one line per product sold: {@code receipt_id,card_id,store_id,product_id,amount,occurred_at}.
 * Values are plain (no quoting: none of them may contain a comma). A bad line is refused alone.
 */
final class PosCsv {

    static final String HEADER = "receipt_id,card_id,store_id,product_id,amount,occurred_at";
    /** A day of a large store's receipts fits; a bigger file is split by the sender. */
    static final int MAX_LINES = 100_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CARD = Pattern.compile(IdentityKind.CARD_PATTERN);
    private static final Pattern STORE = Pattern.compile(OfflineEventInput.STORE_ID);

    private PosCsv() {
    }

    /** A valid line as the event it becomes, with its card. */
    record Row(String cardId, EventRow event) {
    }

    record Parsed(List<Row> rows, List<PosImportResult.RejectedLine> rejected) {
    }

    static Parsed parse(String body) {
        if (body == null || body.isBlank()) {
            throw invalid("body", "must be CSV with the header " + HEADER);
        }
        String[] lines = body.split("\r?\n", -1);
        if (lines.length > MAX_LINES + 1) {
            throw invalid("body", "at most " + MAX_LINES + " lines per import");
        }
        if (!lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            throw invalid("header", "must be " + HEADER);
        }
        List<Row> rows = new ArrayList<>();
        List<PosImportResult.RejectedLine> rejected = new ArrayList<>();
        // The same product twice on one receipt is two sales: the n-th occurrence gets its own id.
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String problem = check(line.split(",", -1));
            if (problem != null) {
                rejected.add(new PosImportResult.RejectedLine(number, problem));
                continue;
            }
            String[] f = line.split(",", -1);
            String sale = f[0] + ":" + f[3];
            int occurrence = seen.merge(sale, 1, Integer::sum);
            UUID id = UUID.nameUUIDFromBytes(("pos:" + sale + ":" + occurrence).getBytes(StandardCharsets.UTF_8));
            rows.add(new Row(f[1], new EventRow(id, IdentityKind.CARD.key(f[1]), "pos_purchase", f[3], List.of(), f[2],
                    new BigDecimal(f[4]), f[0], Instant.parse(f[5]))));
        }
        return new Parsed(rows, rejected);
    }

    /** Why the line is refused, or null when it is good. */
    private static String check(String[] f) {
        if (f.length != 6) {
            return "expected 6 values, found " + f.length;
        }
        if (!ID.matcher(f[0]).matches()) {
            return "receipt_id must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -";
        }
        if (!CARD.matcher(f[1]).matches()) {
            return "card_id must be c- and 1 to 62 characters of A-Z, a-z, 0-9, _ and -";
        }
        if (!STORE.matcher(f[2]).matches()) {
            return "store_id must be 1 to 64 characters of a-z, 0-9 and -";
        }
        if (!ID.matcher(f[3]).matches()) {
            return "product_id must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -";
        }
        try {
            BigDecimal amount = new BigDecimal(f[4]);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                return "amount must be a non-negative number with at most 2 decimals";
            }
        } catch (NumberFormatException e) {
            return "amount must be a number";
        }
        try {
            Instant.parse(f[5]);
        } catch (DateTimeParseException e) {
            return "occurred_at must be an ISO-8601 instant such as 2026-11-24T10:00:00Z";
        }
        return null;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "the import was refused whole; nothing was stored", List.of(new Problem.Violation(field, message))));
    }
}
