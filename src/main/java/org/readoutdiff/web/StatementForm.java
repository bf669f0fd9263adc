package org.readoutdiff.web;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.readoutdiff.text.StatementMetadata;

/** POST /api/statements as multipart/form-data: a file (or text) and its metadata. */
public class StatementForm {

    @RestForm public FileUpload file;
    @RestForm public String text;
    @RestForm public String label;
    @RestForm public String issuer;
    @RestForm public String meeting;
    @RestForm public String date;
    @RestForm public String sourceUrl;
    @RestForm public String retrievedAt;

    StatementMetadata metadata() {
        return new StatementMetadata(issuer, meeting, date, sourceUrl, retrievedAt);
    }
}
