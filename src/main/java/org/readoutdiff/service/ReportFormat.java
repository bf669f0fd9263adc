package org.readoutdiff.service;

import java.util.Locale;

/** The formats a comparison can be written in, with their file extension and media type. */
public enum ReportFormat {
    HTML("html", "text/html; charset=utf-8"),
    JSON("json", "application/json"),
    MD("md", "text/markdown; charset=utf-8"),
    /** One line per difference, for a terminal or a code review. */
    TEXT("txt", "text/plain; charset=utf-8"),
    /** wdiff's notation: [-deleted-] {+inserted+}. */
    INLINE("txt", "text/plain; charset=utf-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static ReportFormat parse(String value) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "' (expected html, json, md, text or inline)");
    }

    /** The format a file name asks for by its extension, if any. */
    public static java.util.Optional<ReportFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return java.util.Optional.of(HTML);
        }
        if (lower.endsWith(".json")) {
            return java.util.Optional.of(JSON);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return java.util.Optional.of(MD);
        }
        if (lower.endsWith(".txt")) {
            return java.util.Optional.of(TEXT);
        }
        return java.util.Optional.empty();
    }
}
