package org.readoutdiff.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** One JSON document streamed in UTF-8 to an output that stays open for the caller, compact or indented. */
public final class JsonDocument {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** What writes the document's content. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonDocument() {
    }

    public static void write(OutputStream out, boolean pretty, Body body) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(LineIndenter.INSTANCE));
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
