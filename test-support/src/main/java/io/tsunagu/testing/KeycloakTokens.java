package io.tsunagu.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the real Keycloak that ./tsunagu test starts (system property or env
 * {@code tsunagu.keycloak.url}, default http://127.0.0.1:8180). Tokens are cached per user for the
 * test run; they live 15 minutes, longer than any one module's tests.
 */
public final class KeycloakTokens {

    public static final String REALM = "tsunagu";
    public static final String SERVICE_CLIENT = "tsunagu-service";
    public static final String SERVICE_SECRET = "tsunagu-service-dev-secret";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    public static String keycloakUrl() {
        String url = System.getProperty("tsunagu.keycloak.url", System.getenv("TSUNAGU_KEYCLOAK_URL"));
        return url == null || url.isBlank() ? "http://127.0.0.1:8180" : url;
    }

    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    /** A password-grant token for a demo user through the {@code tsunagu-cli} client. */
    public static String accessToken(String username) {
        return CACHE.computeIfAbsent(username, user -> fetch(Map.of(
                "grant_type", "password", "client_id", "tsunagu-cli", "username", user, "password", user)));
    }

    /** A client-credentials token of the service account that the parts use to call each other. */
    public static String serviceToken() {
        return CACHE.computeIfAbsent("service-account", ignored -> fetch(Map.of(
                "grant_type", "client_credentials", "client_id", SERVICE_CLIENT, "client_secret", SERVICE_SECRET)));
    }

    private static String fetch(Map<String, String> form) {
        Response response;
        try {
            response = RestAssured.given().formParams(form).post(tokenEndpoint());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Keycloak does not answer at " + keycloakUrl()
                    + ": start it with ./tsunagu infra (./tsunagu test does this itself)", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.getOrDefault("username", "the service account")
                    + ": HTTP " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
