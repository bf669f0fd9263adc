package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final byte[] BYTES = "The two Presidents met in Lima.".getBytes(StandardCharsets.UTF_8);

    @Test
    void hashedWhenAskedIsTheSha256OfTheBytes() {
        // what sha256sum prints for the sentence, computed outside the code under test
        assertEquals("ea00a5684c08ef9e29f175cf62ff05fc12648eb538617bcf92f15d3270fec6a8",
                Fingerprint.ofBytes(BYTES).hex());
        assertEquals(Fingerprint.of(Fingerprint.sha256(BYTES)), Fingerprint.ofBytes(BYTES));
        assertEquals(Fingerprint.of(Fingerprint.sha256(BYTES)).hashCode(), Fingerprint.ofBytes(BYTES).hashCode());
        assertNotEquals(Fingerprint.ofBytes(BYTES), Fingerprint.ofBytes(new byte[] {1}));
    }

    @Test
    void threadsAskingAtOnceAllGetTheSameHash() {
        Fingerprint fingerprint = Fingerprint.ofBytes(new byte[1 << 20]);
        List<CompletableFuture<String>> asks = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(fingerprint::hex)).toList();
        String expected = Fingerprint.sha256(new byte[1 << 20]);
        for (CompletableFuture<String> ask : asks) {
            assertEquals(expected, ask.join());
        }
    }

    @Test
    void aStatementWithAKnownHashAndOneHashedLaterAreEqual() {
        Statement known = new Statement("a", "text", Fingerprint.sha256(BYTES), null);
        Statement later = new Statement("a", "text", Fingerprint.ofBytes(BYTES), null);
        assertEquals(known, later);
        assertEquals(known.sha256(), later.withLabel("b").sha256());
    }
}
