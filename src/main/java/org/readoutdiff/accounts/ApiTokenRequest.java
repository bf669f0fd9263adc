package org.readoutdiff.accounts;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token sent as Authorization: Bearer. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
