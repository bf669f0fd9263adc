package org.readoutdiff.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementRules;
import org.readoutdiff.service.StatementUpload;
import org.readoutdiff.text.StatementMetadata;

/** One statement from form fields: pasted text or a file (not both), with its metadata. */
final class Uploads {

    private Uploads() {
    }

    static StatementUpload of(String side, String text, FileUpload file, String label, StatementMetadata metadata,
                              StatementRules rules) throws InputProblem {
        boolean hasFile = file != null && file.fileName() != null && !file.fileName().isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (hasFile && hasText) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    side + ": give either pasted text or a file, not both");
        }
        if (!hasFile && !hasText) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, side + ": paste the text or choose a file");
        }
        if (hasText) {
            return StatementUpload.pasted(text, label, metadata);
        }
        if (file.size() > rules.maxFileBytes()) {
            // Refused before it is read into memory; the temporary file is removed after the request.
            throw new InputProblem(InputProblem.Kind.TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "%s: %s is %s, more than the limit of %s", side, file.fileName(), Views.size(file.size()),
                    Views.size(rules.maxFileBytes())));
        }
        try {
            return new StatementUpload(file.fileName(), Files.readAllBytes(file.uploadedFile()), label, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
