package io.tsunagu.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with the real kustomize (built into kubectl) and parses each document. */
final class Kustomize {

    private Kustomize() {
    }

    static List<HasMetadata> render(Path kustomization) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the manifests (.ci/run installs it; Debian: apt-get install kubernetes-client)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + kustomization + " failed:\n" + output);
        }
        return Arrays.stream(output.split("(?m)^---\\s*$"))
                .filter(document -> !document.isBlank())
                .map(document -> (HasMetadata) Serialization.unmarshal(document))
                .toList();
    }
}
