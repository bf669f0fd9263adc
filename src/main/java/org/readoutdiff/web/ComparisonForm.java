package org.readoutdiff.web;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.readoutdiff.text.StatementMetadata;

/** The home page's form: two statements, each pasted or uploaded, with metadata; and the options. */
public class ComparisonForm {

    @RestForm public String leftText;
    @RestForm public FileUpload leftFile;
    @RestForm public String leftLabel;
    @RestForm public String leftIssuer;
    @RestForm public String leftMeeting;
    @RestForm public String leftDate;
    @RestForm public String leftSourceUrl;

    @RestForm public String rightText;
    @RestForm public FileUpload rightFile;
    @RestForm public String rightLabel;
    @RestForm public String rightIssuer;
    @RestForm public String rightMeeting;
    @RestForm public String rightDate;
    @RestForm public String rightSourceUrl;

    @RestForm public String mode;
    @RestForm public String ignoreCase;

    StatementMetadata leftMetadata() {
        return new StatementMetadata(leftIssuer, leftMeeting, leftDate, leftSourceUrl, null);
    }

    StatementMetadata rightMetadata() {
        return new StatementMetadata(rightIssuer, rightMeeting, rightDate, rightSourceUrl, null);
    }
}
