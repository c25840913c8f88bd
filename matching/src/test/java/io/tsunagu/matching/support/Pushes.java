package io.tsunagu.matching.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import org.mockito.Mockito;

import java.util.List;

/** What matching asked the mocked signaling to push, as the JSON signaling would receive. */
public final class Pushes {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Pushes() {
    }

    public static List<JsonNode> to(Signaling signalingMock, Recipient recipient, String type) {
        return Mockito.mockingDetails(signalingMock).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("push"))
                .filter(invocation -> recipient.equals(invocation.getArgument(0)))
                .map(invocation -> (JsonNode) JSON.valueToTree(invocation.getArgument(1)))
                .filter(message -> type.equals(message.path("type").asText()))
                .toList();
    }
}
