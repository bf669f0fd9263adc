package org.readoutdiff.service;

import java.util.Locale;
import org.readoutdiff.compare.Verdict;

/** {@code --fail-on}: which verdicts make a run fail (exit 1), for {@code compare} and {@code batch} alike. */
public enum FailOn {
    NONE, SUBSTANTIVE, ANY;

    public boolean fails(Verdict verdict) {
        return switch (this) {
            case NONE -> false;
            case SUBSTANTIVE -> verdict == Verdict.SUBSTANTIVE;
            case ANY -> verdict != Verdict.IDENTICAL;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
