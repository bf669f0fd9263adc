package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.text.TokenList;

/**
 * Slides a pure insertion or deletion along equal keys to where it leaves the words around it
 * matched with the same characters. Inserting "China's" before "China’s" gives two equally short
 * word diffs, since the two spellings have one key: the one Myers may pick matches the old
 * "China’s" with the new "China's" (a format change) and reports the new "China’s" as inserted.
 * A hunk of one side only can move by one position whenever the token it starts (or ends) with
 * has the key of the token matched just after (or before) it; it moves when that turns an
 * inexact match into an exact one, as diff tools slide hunks to read naturally. Hand-written:
 * java-diff-utils compares keys only and knows nothing of the characters behind them.
 */
final class ExactSlide {

    private ExactSlide() {
    }

    static List<Hunk> slide(List<Hunk> hunks, String leftText, TokenList left, String rightText, TokenList right) {
        List<Hunk> slid = new ArrayList<>(hunks);
        for (int h = 0; h < slid.size(); h++) {
            Hunk hunk = slid.get(h);
            Hunk previous = h > 0 ? slid.get(h - 1) : null;
            Hunk next = h + 1 < slid.size() ? slid.get(h + 1) : null;
            if (hunk.leftSize() == 0 && hunk.rightSize() > 0) {
                slid.set(h, slideInsertion(hunk, previous, next, new Words(leftText, left, rightText, right)));
            } else if (hunk.rightSize() == 0 && hunk.leftSize() > 0) {
                slid.set(h, slideInsertion(hunk.swapped(), swap(previous), swap(next),
                        new Words(rightText, right, leftText, left)).swapped());
            }
        }
        return slid;
    }

    private static Hunk swap(Hunk hunk) {
        return hunk == null ? null : hunk.swapped();
    }

    /** The tokens of both sides with their texts: "kept" is the side a pure insertion leaves as it was. */
    private record Words(String keptText, TokenList kept, String addedText, TokenList added) {

        boolean exact(int keptIndex, int addedIndex) {
            return PhraseDiffer.sameText(keptText, kept.start(keptIndex), kept.end(keptIndex),
                    addedText, added.start(addedIndex), added.end(addedIndex));
        }

        boolean sameKey(int addedIndex, int otherAddedIndex) {
            return added.key(addedIndex).equals(added.key(otherAddedIndex));
        }
    }

    /** An insertion, slid back or on while that makes the match beside it exact. */
    private static Hunk slideInsertion(Hunk hunk, Hunk previous, Hunk next, Words words) {
        Hunk current = hunk;
        // back: the token matched just before becomes inserted, the hunk's last is matched instead
        while (current.leftStart() > (previous == null ? 0 : previous.leftEnd() + 1)
                && current.rightStart() > (previous == null ? 0 : previous.rightEnd() + 1)
                && words.sameKey(current.rightStart() - 1, current.rightEnd() - 1)
                && !words.exact(current.leftStart() - 1, current.rightStart() - 1)
                && words.exact(current.leftStart() - 1, current.rightEnd() - 1)) {
            current = new Hunk(current.leftStart() - 1, current.leftEnd() - 1,
                    current.rightStart() - 1, current.rightEnd() - 1);
        }
        if (current != hunk) {
            return current;
        }
        // on: the token matched just after becomes inserted, the hunk's first is matched instead
        int leftLimit = next == null ? words.kept().size() : next.leftStart() - 1;
        int rightLimit = next == null ? words.added().size() : next.rightStart() - 1;
        while (current.leftStart() < leftLimit && current.rightEnd() < rightLimit
                && words.sameKey(current.rightStart(), current.rightEnd())
                && !words.exact(current.leftStart(), current.rightEnd())
                && words.exact(current.leftStart(), current.rightStart())) {
            current = new Hunk(current.leftStart() + 1, current.leftEnd() + 1,
                    current.rightStart() + 1, current.rightEnd() + 1);
        }
        return current;
    }
}
