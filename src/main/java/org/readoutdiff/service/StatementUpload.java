package org.readoutdiff.service;

import java.nio.charset.StandardCharsets;
import org.readoutdiff.text.StatementMetadata;

/**
 * A statement as a person hands it over: a file's name and bytes, or pasted text (then
 * {@code fileName} is null and the bytes are the text's UTF-8), with its label and metadata.
 */
public record StatementUpload(String fileName, byte[] bytes, String label, StatementMetadata metadata) {

    public StatementUpload {
        metadata = metadata == null ? StatementMetadata.none() : metadata;
    }

    public static StatementUpload pasted(String text, String label, StatementMetadata metadata) {
        return new StatementUpload(null, text.getBytes(StandardCharsets.UTF_8), label, metadata);
    }

    public boolean isPasted() {
        return fileName == null;
    }
}
