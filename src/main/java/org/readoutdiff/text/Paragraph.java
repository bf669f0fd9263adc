package org.readoutdiff.text;

/** A paragraph: its span and the range {@code [firstSentence, firstSentence + sentenceCount)}. */
public record Paragraph(int index, int start, int end, int firstSentence, int sentenceCount) {

    public Span span() {
        return new Span(start, end);
    }

    public int endSentence() {
        return firstSentence + sentenceCount;
    }
}
