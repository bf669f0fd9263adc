package org.readoutdiff.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on (readout-diff.auth=oidc) against an identity provider the test starts: Quarkus
 * OIDC fetches its discovery document and keys over HTTP and verifies each bearer JWT; the role
 * comes from the token's groups and the team from its "team" claim.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
class OidcTest {

    @Test
    void tokensOfTheProviderSignInWithTheirGroupsAndTeam() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String editor = TestIdentityProvider.token("sso-editor", Set.of("editor"), "sso-desk");
        String reader = TestIdentityProvider.token("sso-reader", Set.of("reader"), "sso-desk");
        String other = TestIdentityProvider.token("sso-other", Set.of("editor"), "elsewhere");

        given().get("/api/statements").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestIdentityProvider.forgedToken("mallory"))
                .get("/api/statements").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get("/api/statements").then().statusCode(401);

        String id = given().header("Authorization", "Bearer " + editor).contentType(ContentType.JSON)
                .body(Map.of("text", "The sides met, single sign-on run " + run + ".")).post("/api/statements")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + reader).get("/api/statements/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Map.of("text", "A reader may not add this " + run + ".")).post("/api/statements")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + other).get("/api/statements/" + id).then().statusCode(404);
        List<String> seen = given().header("Authorization", "Bearer " + other).get("/api/statements")
                .then().statusCode(200).extract().path("statements.id");
        assertFalse(seen.contains(id), "another team does not list it");
        List<String> own = given().header("Authorization", "Bearer " + reader).get("/api/statements")
                .then().statusCode(200).extract().path("statements.id");
        assertTrue(own.contains(id), "the team lists it");
        given().get("/q/health").then().statusCode(200);
    }
}
