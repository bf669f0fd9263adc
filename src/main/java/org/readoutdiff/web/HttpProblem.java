package org.readoutdiff.web;

/** A request refused by the web layer itself (a form or JSON body that does not make sense). */
final class HttpProblem extends RuntimeException {

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    int status() {
        return status;
    }
}
