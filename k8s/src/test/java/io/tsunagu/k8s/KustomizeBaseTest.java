package io.tsunagu.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KustomizeBaseTest {

    private static final List<String> BACKEND_PARTS = List.of("staff-directory", "profile-bridge", "matching", "signaling");
    private static final List<String> ALL_PARTS = List.of("staff-directory", "profile-bridge", "matching", "signaling", "frontend");
    /** Deployments of the base: the parts, and coturn. */
    private static final List<String> ALL_DEPLOYMENTS = List.of("staff-directory", "profile-bridge", "matching", "signaling", "frontend", "coturn");

    private static List<HasMetadata> base;
    private static List<HasMetadata> local;

    @BeforeAll
    static void render() throws Exception {
        base = Kustomize.render(Path.of("base"));
        local = Kustomize.render(Path.of("overlays", "local"));
    }

    @Test
    void everyPartHasADeploymentAndAServiceThatSelectsIt() {
        Map<String, Deployment> deployments = byName(base, Deployment.class);
        Map<String, Service> services = byName(base, Service.class);

        assertThat(deployments).containsOnlyKeys(ALL_DEPLOYMENTS);
        assertThat(services).containsOnlyKeys(ALL_DEPLOYMENTS);
        for (String part : ALL_DEPLOYMENTS) {
            Map<String, String> podLabels = deployments.get(part).getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(part + " pods carry what its Service selects")
                    .containsAllEntriesOf(services.get(part).getSpec().getSelector());
            assertThat(deployments.get(part).getSpec().getSelector().getMatchLabels()).isEqualTo(services.get(part).getSpec().getSelector());
        }
    }

    @Test
    void everyContainerHasProbesAndResourceRequestsAndLimits() {
        for (Deployment deployment : byName(base, Deployment.class).values()) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String name = deployment.getMetadata().getName() + "/" + container.getName();
                assertThat(container.getReadinessProbe()).as(name + " readiness").isNotNull();
                assertThat(container.getLivenessProbe()).as(name + " liveness").isNotNull();
                assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name + " limits").containsKeys("cpu", "memory");
            }
        }
    }

    @Test
    void backendProbesUseTheQuarkusHealthEndpoints() {
        for (String part : BACKEND_PARTS) {
            Container container = byName(base, Deployment.class).get(part).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        }
    }

    @Test
    void theIngressRoutesTheSiteEachApiAndTheWebSocket() {
        List<Ingress> ingresses = ofKind(base, Ingress.class);
        assertThat(ingresses).hasSize(1);
        Map<String, String> routes = ingresses.get(0).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .collect(Collectors.toMap(HTTPIngressPath::getPath, path -> path.getBackend().getService().getName()));
        Map<String, Service> services = byName(base, Service.class);

        assertThat(routes).containsEntry("/", "frontend").containsEntry("/ws", "signaling");
        for (String part : BACKEND_PARTS) {
            assertThat(routes).containsEntry("/api/" + part + "/", part);
        }
        assertThat(services).containsKeys(routes.values().toArray(String[]::new));
    }

    @Test
    void autoscalersTargetStatelessPartsOnlyAndSingleNodePartsRunOnce() {
        Map<String, Deployment> deployments = byName(base, Deployment.class);
        List<HorizontalPodAutoscaler> autoscalers = ofKind(base, HorizontalPodAutoscaler.class);

        assertThat(autoscalers).extracting(hpa -> hpa.getSpec().getScaleTargetRef().getName())
                .containsExactlyInAnyOrder("staff-directory", "profile-bridge")
                .allSatisfy(target -> assertThat(deployments).containsKey(target));
        assertThat(autoscalers).allSatisfy(hpa -> assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
        for (String singleNode : List.of("matching", "signaling")) {
            assertThat(deployments.get(singleNode).getSpec().getReplicas()).as(singleNode).isEqualTo(1);
        }
    }

    @Test
    void theLocalOverlayPinsImagesAndProvidesTheSecretEveryPartReads() {
        assertThat(local).allSatisfy(object -> {
            if (!object.getKind().equals("Namespace")) {
                assertThat(object.getMetadata().getNamespace()).as(object.getKind() + " " + object.getMetadata().getName()).isEqualTo("tsunagu");
            }
        });
        assertThat(byName(local, io.fabric8.kubernetes.api.model.Secret.class)).containsKey("tsunagu-secrets");
        for (Deployment deployment : byName(local, Deployment.class).values()) {
            String image = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            if (image.startsWith("tsunagu/")) {
                assertThat(image).endsWith(":0.1.0-SNAPSHOT");
            }
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        }
    }

    @Test
    void coturnServesTurnsOn443AndDeniesPrivateLoopbackAndMetadataPeers() {
        String config = byName(base, io.fabric8.kubernetes.api.model.ConfigMap.class).get("coturn-config").getData().get("turnserver.conf");
        List<String> denied = config.lines().map(String::strip).filter(line -> line.startsWith("denied-peer-ip="))
                .map(line -> line.substring("denied-peer-ip=".length())).toList();
        assertThat(denied).contains("10.0.0.0-10.255.255.255", "172.16.0.0-172.31.255.255", "192.168.0.0-192.168.255.255",
                "127.0.0.0-127.255.255.255", "169.254.0.0-169.254.255.255", "169.254.169.254", "::1");
        assertThat(config).contains("use-auth-secret").doesNotContain("allow-loopback-peers");

        Service service = byName(base, Service.class).get("coturn");
        assertThat(service.getSpec().getPorts()).anySatisfy(port -> {
            assertThat(port.getPort()).isEqualTo(443);
            assertThat(port.getProtocol()).isEqualTo("TCP");
        });
        Container coturn = byName(base, Deployment.class).get("coturn").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(coturn.getArgs()).contains("--static-auth-secret=$(TSUNAGU_TURN_SECRET)");
        assertThat(config).contains("tls-listening-port=" + coturn.getPorts().stream()
                .filter(port -> port.getName().equals("turns")).findFirst().orElseThrow().getContainerPort());
    }

    private static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static <T extends HasMetadata> Map<String, T> byName(List<HasMetadata> objects, Class<T> kind) {
        return ofKind(objects, kind).stream().collect(Collectors.toMap(object -> object.getMetadata().getName(), object -> object));
    }
}
