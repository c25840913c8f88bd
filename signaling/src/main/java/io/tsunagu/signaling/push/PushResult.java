package io.tsunagu.signaling.push;

/** How many sockets took the message; 0 when the recipient has none open (not an error). */
public record PushResult(int delivered) {
}
