package org.readoutdiff.cli;

import org.readoutdiff.compare.Verdict;

/** {@code --fail-on}: which verdicts make the command exit 1. */
enum FailOn {
    NONE, SUBSTANTIVE, ANY;

    boolean fails(Verdict verdict) {
        return switch (this) {
            case NONE -> false;
            case SUBSTANTIVE -> verdict == Verdict.SUBSTANTIVE;
            case ANY -> verdict != Verdict.IDENTICAL;
        };
    }
}
