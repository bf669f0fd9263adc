package org.readoutdiff.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

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

    /** Fields rendered apart by {@link #fields}, to be written into a document by {@link #splice}. */
    public static final class Fields {

        private final UnsynchronizedByteArrayOutputStream bytes;

        private Fields(UnsynchronizedByteArrayOutputStream bytes) {
            this.bytes = bytes;
        }
    }

    public static void write(OutputStream out, boolean pretty, Body body) {
        try (JsonGenerator json = generator(out, pretty)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the fields {@code body} writes as they would follow another field of a document's
     * top-level object, byte for byte, but into memory: so that another thread can render them
     * while the document's earlier fields are written.
     */
    public static Fields fields(boolean pretty, Body body) {
        // chunks of a megabyte, kept as they fill: the bytes are never copied to grow
        UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder()
                .setBufferSize(1 << 20).get();
        try (JsonGenerator json = generator(bytes, pretty)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            json.writeStartObject();
            json.writeNullField("earlier"); // the field the rendered ones follow: it sets the separator and indentation
            json.flush();
            bytes.reset();
            body.write(json);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fields(bytes);
    }

    /** Writes {@code fields} at this point of the top-level object that {@code json} writes, after at least one field. */
    public static void splice(JsonGenerator json, Fields fields) throws IOException {
        json.flush();
        fields.bytes.writeTo((OutputStream) json.getOutputTarget());
    }

    private static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        if (pretty) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(LineIndenter.INSTANCE));
        }
        return json;
    }
}
