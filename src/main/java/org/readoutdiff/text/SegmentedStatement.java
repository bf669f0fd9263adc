package org.readoutdiff.text;

import java.util.List;

/**
 * A statement cut into paragraphs, sentences and tokens.
 *
 * @param language BCP-47 tag of the dominant language: "en", "zh" or "und"
 */
public record SegmentedStatement(Statement statement, String language, List<Paragraph> paragraphs,
                                 List<Sentence> sentences) {

    public SegmentedStatement {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return statement.text();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public int size() {
        return sentences.size();
    }

    public int tokenCount() {
        int count = 0;
        for (Sentence sentence : sentences) {
            count += sentence.tokens().size();
        }
        return count;
    }
}
