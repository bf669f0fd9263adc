package org.readoutdiff.accounts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A small OpenID Connect provider on 127.0.0.1 for the OIDC test: a discovery document and a JWKS
 * endpoint with one RSA key, and access tokens (JWTs) signed with it. Hand-written because
 * Keycloak Dev Services needs Docker and quarkus-test-oidc-server is not available here; the
 * tokens are real RS256 JWTs that Quarkus OIDC verifies against the JWKS it fetches over HTTP.
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String KEY_ID = "test-key-1";
    private static final KeyPair KEYS = keys();
    private static volatile String issuer;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/newsroom";
        server.createContext("/realms/newsroom/.well-known/openid-configuration", exchange -> json(exchange, "{"
                + "\"issuer\":\"" + issuer + "\","
                + "\"jwks_uri\":\"" + issuer + "/keys\","
                + "\"authorization_endpoint\":\"" + issuer + "/auth\","
                + "\"token_endpoint\":\"" + issuer + "/token\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext("/realms/newsroom/keys", exchange -> json(exchange, jwks()));
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer, "quarkus.oidc.client-id", "readout-diff");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** An access token of this provider for a user with these groups and team, valid five minutes. */
    static String token(String user, Set<String> groups, String team) {
        return Jwt.issuer(issuer).upn(user).groups(groups).claim("team", team).expiresIn(300)
                .jws().keyId(KEY_ID).sign(KEYS.getPrivate());
    }

    /** A token signed by a key this provider does not publish. */
    static String forgedToken(String user) {
        return Jwt.issuer(issuer).upn(user).groups(Set.of("admin")).claim("team", "newsroom").expiresIn(300)
                .jws().keyId(KEY_ID).sign(keys().getPrivate());
    }

    private static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\","
                + "\"n\":\"" + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) { // unsigned, as JWK wants it
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
