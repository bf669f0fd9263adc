package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/health, /q/openapi and /q/metrics, with the same security headers as the pages. */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void healthIsUpAndChecksTheDatabase() {
        given().get("/q/health")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/comparisons"))
                .body(containsString("/api/comparisons/{id}"))
                .body(containsString("/api/series/{id}"))
                .body(containsString("/api/statements"));
    }

    @Test
    void metricsCountRequests() {
        given().get("/").then().statusCode(200);
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
