package io.tsunagu.signaling.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Frames for the fuzz test, from one seeded {@link Random} so that a failing run is repeated with its
 * seed: valid frames of every client type (with the room's id, other ids, and ids of the wrong JSON
 * type), the same frames mutated (a character deleted, inserted, the rest cut off, a repeated or extra
 * key, a nested value, the frame twice), and noise.
 */
final class FrameGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVER_TYPES = List.of("joined", "call-start", "peer-left", "error", "queue-update", "refreshed");
    private static final List<String> NONSENSE_IDS = List.of("\"not-a-uuid\"", "42", "null", "{}", "[]", "true", "\"\"");

    private final UUID room;
    private final Random random;
    private final List<Supplier<String>> validKinds;

    FrameGenerator(UUID room, Random random) {
        this.room = room;
        this.random = random;
        this.validKinds = List.of(
                () -> "{\"type\":\"join\",\"consultationId\":" + id() + "}",
                () -> "{\"type\":\"leave\",\"consultationId\":" + id() + "}",
                () -> "{\"type\":\"resume\",\"consultationId\":" + id() + ",\"resumeToken\":" + text(40) + "}",
                () -> "{\"type\":\"" + pick(List.of("offer", "answer")) + "\",\"consultationId\":" + id() + ",\"sdp\":" + text(80) + "}",
                () -> "{\"type\":\"ice-candidate\",\"consultationId\":" + id() + ",\"candidate\":{\"candidate\":" + text(60)
                        + ",\"sdpMid\":\"0\",\"sdpMLineIndex\":" + (random.nextInt(5) - 1) + "}}",
                () -> "{\"type\":\"ice-restart\",\"consultationId\":" + id() + "}",
                () -> "{\"type\":\"hang-up\",\"consultationId\":" + id() + "}",
                () -> "{\"type\":\"chat\",\"consultationId\":" + id() + ",\"text\":" + text(random.nextInt(20) == 0 ? 2100 : 40) + "}",
                () -> "{\"type\":\"product-card\",\"consultationId\":" + id() + ",\"product\":{\"id\":\"p-1\",\"name\":" + text(20)
                        + ",\"price\":" + pick(List.of("12800", "-1", "\"1\"", "1.5", "null")) + ",\"currency\":\"JPY\",\"url\":"
                        + pick(List.of("\"/p/1\"", "\"https://shop.example/p\"", "\"javascript:alert(1)\"", "\"//evil.example\"", "null"))
                        + ",\"imageUrl\":null}}",
                () -> "{\"type\":\"refresh\",\"token\":" + text(60) + "}",
                () -> "{\"type\":\"" + pick(SERVER_TYPES) + "\",\"consultationId\":\"" + room + "\"}",
                () -> "{\"type\":" + text(12) + ",\"consultationId\":\"" + room + "\"}");
    }

    /** The next frame: valid three times in ten, mutated five, noise two. */
    String next() {
        String frame;
        do {
            int roll = random.nextInt(10);
            frame = roll < 3 ? valid() : roll < 8 ? mutate(valid()) : noise();
        } while (frame.contains(FuzzTest.MARKER_FIELD));
        return frame;
    }

    private String valid() {
        return pick(validKinds).get();
    }

    private String mutate(String frame) {
        int at = frame.isEmpty() ? 0 : random.nextInt(frame.length());
        return switch (random.nextInt(7)) {
            case 0 -> frame.substring(0, at) + frame.substring(Math.min(frame.length(), at + 1));
            case 1 -> frame.substring(0, at) + (char) random.nextInt(0x3000) + frame.substring(at);
            case 2 -> frame.substring(0, at);
            case 3 -> frame.replaceFirst("\\{", "{\"type\":\"join\",");
            case 4 -> frame.replaceFirst("\"consultationId\":", "\"consultationId\":{\"nested\":");
            case 5 -> frame.replaceFirst("}$", ",\"extra\":" + at + "}");
            default -> frame + frame;
        };
    }

    private String noise() {
        int length = random.nextInt(120);
        StringBuilder noise = new StringBuilder(length);
        boolean printable = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            noise.append(printable ? (char) (' ' + random.nextInt(95)) : (char) random.nextInt(0xD800));
        }
        return noise.toString();
    }

    private String id() {
        int roll = random.nextInt(9);
        return roll < 6 ? "\"" + room + "\"" : roll < 8 ? "\"" + new UUID(random.nextLong(), random.nextLong()) + "\"" : pick(NONSENSE_IDS);
    }

    private String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? (char) (0x3040 + random.nextInt(0x60)) : (char) (' ' + random.nextInt(95)));
        }
        try {
            return JSON.writeValueAsString(text.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
