package org.readoutdiff.analysis;

import java.util.HashMap;
import java.util.Map;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Token;
import org.readoutdiff.text.TokenKind;

/**
 * Finds the sentences that recall earlier years ("During the 2022 Bali meeting, he
 * underscored ..."): those naming a year, none of them the statement's own. The statement's own
 * year is the one it names most often (the latest on a tie: the dateline's, as a rule). What a
 * recap mentions is history, not an issue the meeting addressed.
 */
final class Recaps {

    private Recaps() {
    }

    static boolean[] of(SegmentedStatement statement) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Sentence sentence : statement.sentences()) {
            for (Token token : sentence.tokens()) {
                int year = year(token);
                if (year > 0) {
                    counts.merge(year, 1, Integer::sum);
                }
            }
        }
        boolean[] recaps = new boolean[statement.size()];
        if (counts.size() < 2) {
            return recaps;
        }
        int own = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        for (Sentence sentence : statement.sentences()) {
            boolean earlier = false;
            boolean current = false;
            for (Token token : sentence.tokens()) {
                int year = year(token);
                earlier |= year > 0 && year < own;
                current |= year == own;
            }
            recaps[sentence.index()] = earlier && !current;
        }
        return recaps;
    }

    private static int year(Token token) {
        String key = token.key();
        if (token.kind() != TokenKind.NUMBER || key.length() != 4) {
            return 0;
        }
        for (int i = 0; i < 4; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return 0;
            }
        }
        int year = Integer.parseInt(key);
        return year >= 1900 && year <= 2099 ? year : 0;
    }
}
