package org.readoutdiff.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementRules;
import org.readoutdiff.service.StatementUpload;
import org.readoutdiff.text.StatementMetadata;

/** One statement from form fields: pasted text or a file (not both), with its metadata. */
final class Uploads {

    private Uploads() {
    }

    /** An uploaded file as the form gave it: its name, its size, where it was written while the request runs. */
    record UploadedFile(String name, long size, Path path) {

        static UploadedFile of(FileUpload file) {
            return file == null ? null : new UploadedFile(file.fileName(), file.size(), file.uploadedFile());
        }

        static UploadedFile of(FormValue value) {
            if (value == null || !value.isFileItem()) {
                return null;
            }
            try {
                return new UploadedFile(value.getFileName(), value.getFileItem().getFileSize(), value.getFileItem().getFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean chosen() {
            return name != null && !name.isBlank();
        }
    }

    static StatementUpload of(String side, String text, FileUpload file, String label, StatementMetadata metadata,
                              StatementRules rules) throws InputProblem {
        return of(side, text, UploadedFile.of(file), label, metadata, rules);
    }

    static StatementUpload of(String side, String text, UploadedFile file, String label, StatementMetadata metadata,
                              StatementRules rules) throws InputProblem {
        boolean hasFile = file != null && file.chosen();
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
                    "%s: %s is %s, more than the limit of %s", side, file.name(), Views.size(file.size()),
                    Views.size(rules.maxFileBytes())));
        }
        try {
            return new StatementUpload(file.name(), Files.readAllBytes(file.path()), label, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
