package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests that package time writes (quarkus-kubernetes, docs/web.md: "Deploying on
 * Kubernetes"): a Deployment of two replicas with probes, resources, the PostgreSQL settings from
 * a Secret and accounts on, a Service in front, and no kind a bare cluster lacks.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final String SECRET = "readout-diff-postgresql";

    private static final List<JsonNode> resources = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        if (!Files.isRegularFile(MANIFEST)) {
            fail(MANIFEST + " is missing: ./mvnw package writes it (the quarkus-kubernetes extension); "
                    + "run this test after package, as verify does");
        }
        try (var documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(MANIFEST.toFile())) {
            while (documents.hasNext()) {
                resources.add((JsonNode) documents.next());
            }
        }
    }

    @Test
    void onlyKindsEveryClusterKnows() {
        List<String> kinds = resources.stream().map(r -> r.path("kind").asText()).sorted().toList();
        assertEquals(List.of("Deployment", "Service"), kinds);
    }

    @Test
    void twoReplicasOfTheWebService() {
        JsonNode deployment = one("Deployment");
        assertEquals(2, deployment.path("spec").path("replicas").asInt());
        JsonNode container = container();
        assertEquals("[\"serve\"]", container.path("args").toString(), "the image's application runs as the service");
        assertEquals(8080, container.path("ports").path(0).path("containerPort").asInt());
        JsonNode service = one("Service");
        assertEquals(deployment.path("spec").path("selector").path("matchLabels"), service.path("spec").path("selector"));
        assertEquals(8080, service.path("spec").path("ports").path(0).path("targetPort").asInt());
    }

    @Test
    void probesAskTheHealthEndpoints() {
        JsonNode container = container();
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertEquals(8080, container.path(probe).path("httpGet").path("port").asInt(), probe);
        }
        assertEquals(300, container.path("startupProbe").path("periodSeconds").asInt()
                * container.path("startupProbe").path("failureThreshold").asInt(), "five minutes to start");
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        JsonNode resources = container().path("resources");
        assertEquals("500m", resources.path("requests").path("cpu").asText());
        assertEquals("1Gi", resources.path("requests").path("memory").asText());
        assertEquals("2", resources.path("limits").path("cpu").asText());
        assertEquals("2Gi", resources.path("limits").path("memory").asText());
    }

    @Test
    void postgresqlSettingsComeFromTheSecretAndAccountsAreOn() {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container().path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        assertEquals("postgresql", env.get("READOUT_DIFF_DATABASE").path("value").asText());
        assertEquals("users", env.get("READOUT_DIFF_AUTH").path("value").asText());
        for (Map.Entry<String, String> secretKey : Map.of("READOUT_DIFF_POSTGRESQL_URL", "url",
                "READOUT_DIFF_POSTGRESQL_USER", "user", "READOUT_DIFF_POSTGRESQL_PASSWORD", "password").entrySet()) {
            JsonNode ref = env.get(secretKey.getKey()).path("valueFrom").path("secretKeyRef");
            assertEquals(SECRET, ref.path("name").asText(), secretKey.getKey());
            assertEquals(secretKey.getValue(), ref.path("key").asText(), secretKey.getKey());
        }
        JsonNode sessionKey = env.get("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").path("valueFrom").path("secretKeyRef");
        assertEquals("readout-diff-sessions", sessionKey.path("name").asText(), "one session key for every replica");
        assertEquals("encryption-key", sessionKey.path("key").asText());
        assertTrue(env.values().stream().noneMatch(v -> v.path("value").asText().contains("readout_diff_ci")),
                "no password in the manifest");
    }

    private static JsonNode container() {
        JsonNode containers = one("Deployment").path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), "one container");
        return containers.path(0);
    }

    private static JsonNode one(String kind) {
        List<JsonNode> found = resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        assertEquals(1, found.size(), "one " + kind + " in " + MANIFEST);
        return found.get(0);
    }
}
