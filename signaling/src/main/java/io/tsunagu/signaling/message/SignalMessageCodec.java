package io.tsunagu.signaling.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsunagu.signaling.message.SignalMessage.ClientMessage;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link SignalMessage}s. Reading is in two steps: the JSON object and its
 * {@code type} first, then the fields into the type's record, checked with its constraints. Every
 * failure is a {@link MessageRejectedException} with the matching {@link ErrorCode}. Error texts name
 * fields, never echo values: a message may carry an SDP, which is not for logs.
 */
@ApplicationScoped
public class SignalMessageCodec {

    static final String TYPE = "type";

    private final ObjectMapper json;
    private final ObjectReader strictTreeReader;
    private final Validator validator;

    SignalMessageCodec(ObjectMapper json, Validator validator) {
        this.json = json;
        // A repeated key would let two components of the server read different values of one message.
        this.strictTreeReader = json.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = validator;
    }

    /** A message a browser sent on its socket. */
    public ClientMessage decodeClientMessage(String text) {
        JsonNode node;
        try {
            node = strictTreeReader.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MessageRejectedException(ErrorCode.MALFORMED, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        MessageType type = typeOf(node);
        if (!type.sentByClients()) {
            throw new MessageRejectedException(ErrorCode.UNKNOWN_TYPE, TYPE, "'" + type.wireName() + "' is sent by the server, not by clients");
        }
        return (ClientMessage) bind((ObjectNode) node, type);
    }

    /** A message another part asks to push; only {@link MessageType#pushable()} types are accepted. */
    public ServerMessage decodePush(ObjectNode node) {
        MessageType type = typeOf(node);
        if (!type.pushable()) {
            throw new MessageRejectedException(ErrorCode.UNKNOWN_TYPE, TYPE, "'" + type.wireName()
                    + "' cannot be pushed; call-start and call-end follow POST and DELETE /api/signaling/rooms");
        }
        return (ServerMessage) bind(node, type);
    }

    public String encode(SignalMessage message) {
        ObjectNode out = json.createObjectNode().put(TYPE, message.messageType().wireName());
        out.setAll((ObjectNode) json.valueToTree(message));
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of records always serializes", e);
        }
    }

    private static String firstLine(String parserMessage) {
        return parserMessage == null ? "unreadable" : parserMessage.lines().findFirst().orElse("unreadable");
    }

    private static MessageType typeOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MessageRejectedException(ErrorCode.MALFORMED, "a message is a JSON object");
        }
        JsonNode type = node.get(TYPE);
        if (type == null || type.isNull()) {
            throw new MessageRejectedException(ErrorCode.MISSING_FIELD, TYPE, "must be present");
        }
        if (!type.isTextual()) {
            throw new MessageRejectedException(ErrorCode.INVALID_FIELD, TYPE, "must be a string");
        }
        return MessageType.fromWireName(type.textValue())
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.UNKNOWN_TYPE, TYPE, "not a known message type"));
    }

    private SignalMessage bind(ObjectNode node, MessageType type) {
        SignalMessage message;
        try {
            message = json.readerFor(type.recordType())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(node);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (field.isEmpty()) {
                throw new MessageRejectedException(ErrorCode.MALFORMED, "unreadable " + type.wireName() + " message");
            }
            throw new MessageRejectedException(ErrorCode.INVALID_FIELD, field, "has the wrong type or format");
        } catch (java.io.IOException e) {
            throw new MessageRejectedException(ErrorCode.MALFORMED, "unreadable " + type.wireName() + " message");
        }
        validator.validate(message).stream()
                .min(Comparator.comparing((ConstraintViolation<SignalMessage> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String field = violation.getPropertyPath().toString();
                    ErrorCode code = violation.getInvalidValue() == null ? ErrorCode.MISSING_FIELD : ErrorCode.INVALID_FIELD;
                    throw new MessageRejectedException(code, field, violation.getMessage());
                });
        return message;
    }
}
