package org.readoutdiff.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A batch manifest as written, bound by Jackson once {@link ManifestSchema} has checked its
 * shape; {@link ManifestReader} then resolves its files and ids into a {@link BatchManifest}.
 * An absent key is {@code null}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ManifestDocument(String title, Options defaults, List<JsonNode> comparisons) {

    /** An entry's own keys; its options are bound from the same mapping as {@link Options}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String title, JsonNode left, JsonNode right, JsonNode base, List<JsonNode> others) {
    }

    /** The options of the defaults or of one entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Options(String mode, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> formats,
                   Boolean failOn, Boolean ignoreCase, Integer timeBudget, String topics, String verbs) {
    }

    /** A statement: a file name alone, or a mapping with the file and what is known of it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Statement(String file, String id, String label, String issuer, String meeting, String date,
                     String sourceUrl, String retrievedAt, String encoding) {

        static Statement ofFile(String file) {
            return new Statement(file, null, null, null, null, null, null, null, null);
        }
    }
}
