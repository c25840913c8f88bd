package io.tsunagu.signaling.push;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.message.MessageRejectedException;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import io.tsunagu.signaling.message.SignalMessageCodec;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Delivers what another part has to say to a browser. The message is read into its record and written
 * anew, so a browser only ever sees the documented fields of a documented type.
 */
@ApplicationScoped
public class PushService {

    private static final Pattern VISITOR_ID = Pattern.compile(Participant.VISITOR_ID_PATTERN);

    private final SignalMessageCodec codec;
    private final MessageSender sender;

    PushService(SignalMessageCodec codec, MessageSender sender) {
        this.codec = codec;
        this.sender = sender;
    }

    public PushResult push(PushRequest request) {
        Participant recipient = new Participant(request.to().kind(), request.to().id());
        if (recipient.kind() == Participant.Kind.SHOPPER && !VISITOR_ID.matcher(recipient.id()).matches()) {
            throw invalid("to.id", "must be 8 to 64 characters of A-Z, a-z, 0-9, _ and - for a shopper");
        }
        ServerMessage message;
        try {
            message = codec.decodePush(request.message());
        } catch (MessageRejectedException e) {
            String field = e.field() == null ? "message" : "message." + e.field();
            throw invalid(field, e.getMessage());
        }
        return new PushResult(sender.deliver(recipient, message));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                field + ": " + message, List.of(new Problem.Violation(field, message))));
    }
}
