package org.readoutdiff.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The login form over real HTTP: the session cookie's attributes, a wrong password, the rate
 * limit (3 failures in the test profile), signing out, and an API token made and revoked on the
 * tokens page.
 */
@QuarkusTest
@TestProfile(AccountsProfile.class)
class LoginTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    Accounts accounts;

    @Test
    void signingInGivesAnHttpOnlySecureLaxSessionCookie() throws Exception {
        String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addUser(name, Role.EDITOR, "newsroom", PASSWORD);
        Response login = login(name, PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/"), login.header("Location"));
        String cookie = sessionCookieHeader(login);
        assertNotNull(cookie, login.headers().toString());
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Secure"), cookie + " in " + login.headers());

        String session = login.cookie("readout-diff-session");
        String library = given().redirects().follow(false).cookie("readout-diff-session", session).get("/statements")
                .then().statusCode(200).extract().asString();
        assertTrue(library.contains("Signed in as <strong id=\"signed-in\">" + name + "</strong>")
                && library.contains("<a href=\"/account/tokens\">API tokens</a>"), "the site header says who is signed in");
        String signIn = given().get("/login").then().statusCode(200).extract().asString();
        assertTrue(signIn.contains("<a href=\"/login\" id=\"header-sign-in\">Sign in</a>") && !signIn.contains("signed-in"),
                "nobody is signed in: the header offers to sign in");
        Response tokens = given().cookie("readout-diff-session", session).contentType("application/x-www-form-urlencoded")
                .formParam("label", "CI <script>").post("/account/tokens");
        assertEquals(200, tokens.statusCode());
        assertTrue(tokens.asString().contains("CI &lt;script&gt;"), "the token's name is escaped");
        String token = tokens.htmlPath().getString("**.find { it.@id == 'new-token' }").strip();
        assertTrue(token.startsWith(ApiTokens.PREFIX), token);
        given().header("Authorization", "Bearer " + token).get("/api/statements").then().statusCode(200);
        String id = accounts.tokens(name).get(0).id();
        given().redirects().follow(false).cookie("readout-diff-session", session)
                .contentType("application/x-www-form-urlencoded").post("/account/tokens/" + id + "/revoke")
                .then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/statements").then().statusCode(401);

        Response out = given().redirects().follow(false).cookie("readout-diff-session", session)
                .contentType("application/x-www-form-urlencoded").post("/logout");
        assertEquals(303, out.statusCode());
        assertTrue(sessionCookieHeader(out).contains("Max-Age=0"), sessionCookieHeader(out));
    }

    @Test
    void aWrongPasswordIsSentBackToTheFormAndTheFourthTryIsRefusedEvenWithTheRightOne() throws Exception {
        String name = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addUser(name, Role.READER, "newsroom", PASSWORD);
        for (int i = 0; i < 3; i++) {
            Response wrong = login(name, "wrong password " + i);
            assertEquals(302, wrong.statusCode());
            assertTrue(wrong.header("Location").endsWith("/login?error=1"), wrong.header("Location"));
            assertEquals(null, sessionCookieHeader(wrong));
        }
        Response right = login(name, PASSWORD);
        assertTrue(right.header("Location").endsWith("/login?error=1"), "refused while the limit holds");
        assertEquals(null, sessionCookieHeader(right));
        String page = given().get("/login?error=1").then().statusCode(200).extract().asString();
        assertTrue(page.contains("too many failed attempts"), page);
    }

    @Test
    void aLoginPostedByAnotherSitesPageIsRefused() throws Exception {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addUser(name, Role.READER, "newsroom", PASSWORD);
        Response foreign = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").formParam("j_username", name)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.asString().startsWith("Refused: it was sent by a page on https://evil.example"),
                foreign.asString());
        assertEquals(null, sessionCookieHeader(foreign));
        Response crossSite = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").formParam("j_username", name)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        assertEquals(403, crossSite.statusCode());
        Response own = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", io.restassured.RestAssured.baseURI.replace("127.0.0.1", "localhost") + ":"
                        + io.restassured.RestAssured.port)
                .formParam("j_username", name).formParam("j_password", PASSWORD).post("/j_security_check");
        assertEquals(302, own.statusCode(), own.asString());
        assertTrue(sessionCookieHeader(own) != null, "signed in from the service's own page");
    }

    private static Response login(String name, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", name).formParam("j_password", password).post("/j_security_check");
    }

    private static String sessionCookieHeader(Response response) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("readout-diff-session=")).findFirst().orElse(null);
    }
}
