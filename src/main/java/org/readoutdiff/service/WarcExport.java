package org.readoutdiff.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A snapshot as one WARC 1.1 response record (jwarc, the IIPC's Java WARC library): the HTTP
 * response as fetched (status, headers, raw bytes), its target URI and fetch time, so that a web
 * archive can take it in. The body was stored de-chunked, so Transfer-Encoding is left out and
 * Content-Length is the stored length.
 */
final class WarcExport {

    private static final Set<String> REWRITTEN = Set.of("transfer-encoding", "content-length", "content-type");

    private WarcExport() {
    }

    static byte[] record(String url, Instant fetchedAt, int status, String headers, String contentType, byte[] body) {
        try {
            HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status " + status);
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !REWRITTEN.contains(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))) {
                    http.addHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            MediaType type;
            try {
                type = contentType == null ? MediaType.OCTET_STREAM : MediaType.parse(contentType);
            } catch (IllegalArgumentException e) {
                type = MediaType.OCTET_STREAM;
            }
            http.body(type, body);
            WarcResponse record = new WarcResponse.Builder(URI.create(url)).date(fetchedAt).body(http.build()).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 2048);
            try (WarcWriter writer = new WarcWriter(Channels.newChannel(out))) {
                writer.write(record);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
