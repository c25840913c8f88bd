package io.tsunagu.signaling.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.tsunagu.signaling.message.SignalMessage.Chat;
import io.tsunagu.signaling.message.SignalMessage.ClientMessage;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link SignalMessage}s. Reading is in two steps: the JSON object and its
 * {@code type} first, then the fields into the type's record, checked with its constraints. Every
 * failure is a {@link MessageRejectedException} with the matching {@link ErrorCode}. Client messages
 * are read strictly: no repeated key, no field the record does not have, no number where a string
 * belongs or the reverse. Pushes from the other parts are read leniently about fields they may add
 * later; the record drops those. Error texts name fields, never echo values: a message may carry an
 * SDP, which is not for logs.
 */
@ApplicationScoped
public class SignalMessageCodec {

    static final String TYPE = "type";

    /** The longest client frame read at all, in characters; the socket's frame limit is 64 KiB. */
    private static final int MAX_CLIENT_LENGTH = 65_536;

    private final ObjectMapper json;
    private final ObjectMapper strictJson;
    private final ObjectReader strictTreeReader;
    private final Validator validator;

    SignalMessageCodec(ObjectMapper json, Validator validator) {
        this.json = json;
        this.strictJson = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        // Jackson turns 42 into "42" and "0" into 0 by default; a client that sends the wrong JSON type is told so.
        this.strictJson.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.strictJson.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        this.strictJson.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // A repeated key would let two components of the server read different values of one message.
        this.strictTreeReader = json.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = validator;
    }

    /** A message a browser sent on its socket. */
    public ClientMessage decodeClientMessage(String text) {
        if (text.length() > MAX_CLIENT_LENGTH) {
            throw new MessageRejectedException(ErrorCode.TOO_LARGE, "a message is at most " + MAX_CLIENT_LENGTH + " characters");
        }
        JsonNode node;
        try {
            node = strictTreeReader.readTree(text);
        } catch (StreamReadException e) {
            if (isDuplicateKey(e)) {
                throw new MessageRejectedException(ErrorCode.DUPLICATE_KEY, "a key appears twice in one object");
            }
            throw new MessageRejectedException(ErrorCode.MALFORMED, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new MessageRejectedException(ErrorCode.MALFORMED, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        MessageType type = typeOf(node);
        if (!type.sentByClients()) {
            throw new MessageRejectedException(ErrorCode.UNKNOWN_TYPE, TYPE, "'" + type.wireName() + "' is sent by the server, not by clients");
        }
        if (text.length() > type.maxClientLength()) {
            throw new MessageRejectedException(ErrorCode.TOO_LARGE, "a " + type.wireName() + " message is at most "
                    + type.maxClientLength() + " characters");
        }
        // The tree was read for this message alone: its fields are bound in place, without a copy.
        ObjectNode fields = (ObjectNode) node;
        fields.remove(TYPE);
        ClientMessage message = (ClientMessage) bind(fields, type, strictJson);
        if (message instanceof Chat chat && (chat.from() != null || chat.at() != null)) {
            throw new MessageRejectedException(ErrorCode.INVALID_FIELD, chat.from() != null ? "from" : "at", "is set by the server");
        }
        return message;
    }

    /**
     * Jackson reports a repeated key as a parse error like any other; its message is the only thing that
     * tells the two apart, and it has read "Duplicate field" since duplicate detection was added.
     */
    private static boolean isDuplicateKey(StreamReadException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate field");
    }

    /** A message another part asks to push; only {@link MessageType#pushable()} types are accepted. */
    public ServerMessage decodePush(ObjectNode node) {
        MessageType type = typeOf(node);
        if (!type.pushable()) {
            throw new MessageRejectedException(ErrorCode.UNKNOWN_TYPE, TYPE, "'" + type.wireName()
                    + "' cannot be pushed; call-start and call-end follow POST and DELETE /api/signaling/rooms");
        }
        ObjectNode fields = node.deepCopy();
        fields.remove(TYPE);
        return (ServerMessage) bind(fields, type, json);
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

    private SignalMessage bind(ObjectNode node, MessageType type, ObjectMapper mapper) {
        SignalMessage message;
        try {
            ObjectReader reader = mapper.readerFor(type.recordType());
            if (mapper == json) {
                reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            }
            message = reader.readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw new MessageRejectedException(ErrorCode.INVALID_FIELD, path(e), "is not a field of " + type.wireName());
        } catch (JsonMappingException e) {
            String field = path(e);
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
                    throw new MessageRejectedException(codeOf(violation), field, violation.getMessage());
                });
        return message;
    }

    private static ErrorCode codeOf(ConstraintViolation<SignalMessage> violation) {
        if (violation.getInvalidValue() == null) {
            return ErrorCode.MISSING_FIELD;
        }
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                && violation.getInvalidValue() instanceof CharSequence text && text.length() > size.max()) {
            return ErrorCode.TOO_LARGE;
        }
        return ErrorCode.INVALID_FIELD;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
