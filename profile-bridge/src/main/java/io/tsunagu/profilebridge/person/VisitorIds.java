package io.tsunagu.profilebridge.person;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.shopperticket.ShopperTicketCodec;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** Visitor ids: the same rule as the shopper ticket's subject, so every stored id can carry a ticket. */
public final class VisitorIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VisitorIds() {
    }

    /** A new id in the widget's own format: "v-" and 20 random hex characters. */
    public static String newVisitorId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return "v-" + HexFormat.of().formatHex(bytes);
    }

    /** Returns the id, or answers 400 with a violation on {@code visitorId}. */
    public static String require(String visitorId) {
        if (visitorId == null || !ShopperTicketCodec.VISITOR_ID.matcher(visitorId).matches()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "the visitor id is not acceptable",
                    List.of(new Problem.Violation("visitorId", "must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -"))));
        }
        return visitorId;
    }
}
