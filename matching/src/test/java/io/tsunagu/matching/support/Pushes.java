package io.tsunagu.matching.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import org.mockito.Mockito;

import java.util.List;

/**
 * What matching asked the mocked signaling to push, as the JSON signaling would receive: queue updates
 * ({@code push}) and, through the outbox, the staff's offer notices and withdrawals ({@code deliver}).
 */
public final class Pushes {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Pushes() {
    }

    public static List<JsonNode> to(Signaling signalingMock, Recipient recipient, String type) {
        return Mockito.mockingDetails(signalingMock).getInvocations().stream()
                .filter(invocation -> List.of("push", "deliver").contains(invocation.getMethod().getName()))
                .filter(invocation -> recipient.equals(invocation.getArgument(0)))
                .map(invocation -> (JsonNode) JSON.valueToTree(invocation.getArgument(1)))
                .filter(message -> type.equals(message.path("type").asText()))
                .toList();
    }
}
