package org.readoutdiff.text;

/** Text decoded from bytes, and the character set it was decoded with. */
public record DecodedText(String text, String charset) {
}
