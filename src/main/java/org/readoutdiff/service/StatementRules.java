package org.readoutdiff.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.text.StatementMetadata;

/**
 * What an upload must look like before it is read: sizes (per file, per pasted text, per
 * metadata field), a real date, an http(s) source URL. Messages name the field and the limit.
 */
public final class StatementRules {

    private final long maxFileBytes;
    private final long maxTextBytes;

    StatementRules(long maxFileBytes, long maxTextBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxTextBytes = maxTextBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxTextBytes() {
        return maxTextBytes;
    }

    public int maxLabelChars() {
        return StatementLibrary.MAX_LABEL;
    }

    public int maxFieldChars() {
        return StatementLibrary.MAX_FIELD;
    }

    public int maxUrlChars() {
        return StatementLibrary.MAX_URL;
    }

    /** The upload with its metadata trimmed (blank fields become null), or why it is refused. */
    StatementUpload check(StatementUpload upload) throws InputProblem {
        long limit = upload.isPasted() ? maxTextBytes : maxFileBytes;
        if (upload.bytes().length > limit) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE, String.format(Locale.ROOT,
                    "%s is %s, more than the limit of %s", upload.isPasted() ? "the pasted text" : baseName(upload.fileName()),
                    size(upload.bytes().length), size(limit)));
        }
        if (upload.bytes().length == 0) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    (upload.isPasted() ? "the pasted text" : baseName(upload.fileName())) + " is empty");
        }
        StatementMetadata m = upload.metadata();
        String label = field("label", upload.label(), StatementLibrary.MAX_LABEL);
        String issuer = field("issuer", m.issuer(), StatementLibrary.MAX_FIELD);
        String meeting = field("meeting", m.meeting(), StatementLibrary.MAX_FIELD);
        String date = field("date", m.date(), 40);
        String url = field("source URL", m.sourceUrl(), StatementLibrary.MAX_URL);
        String retrievedAt = field("retrieval time", m.retrievedAt(), 40);
        if (date != null) {
            try {
                date = LocalDate.parse(date).toString();
            } catch (DateTimeParseException e) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                        "the date '" + date + "' is not a date like 2024-11-16 (year-month-day)");
            }
        }
        int invisible = url == null ? -1 : ReportViews.invisibleAt(url);
        if (invisible >= 0) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, String.format(Locale.ROOT,
                    "the source URL has an invisible character or a space (U+%04X, character %d of %d); "
                            + "a web address is made of visible characters only: copy it from the browser's address bar",
                    url.codePointAt(invisible), invisible + 1, url.length()));
        }
        if (url != null && !isWebAddress(url)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "the source URL must be a web address starting with http:// or https://");
        }
        if (retrievedAt != null) {
            try {
                retrievedAt = instant(retrievedAt).toString();
            } catch (IllegalArgumentException e) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, e.getMessage());
            }
        }
        return new StatementUpload(upload.fileName(), upload.bytes(), label,
                new StatementMetadata(issuer, meeting, date, url, retrievedAt));
    }

    /** An ISO-8601 instant (2024-11-16T08:30:00Z) or date (then midnight UTC). */
    static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("the retrieval time '" + value
                        + "' is not a time like 2024-11-16T08:30:00Z");
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static String field(String name, String value, int max) throws InputProblem {
        String stripped = blankToNull(value);
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > max) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE,
                    "the " + name + " has " + stripped.length() + " characters, more than the limit of " + max);
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, "the " + name + " contains control characters");
            }
        }
        return stripped;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String size(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1e3));
    }
}
