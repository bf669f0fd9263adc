package org.readoutdiff.web;

import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.service.InputProblem;

/** Comparison options from a form or a JSON body; the service adds the time budget. */
final class Options {

    private Options() {
    }

    static ComparisonOptions of(String mode, boolean ignoreCase) throws InputProblem {
        Mode parsed;
        try {
            parsed = mode == null || mode.isBlank() ? Mode.AUTO : Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, e.getMessage());
        }
        return ComparisonOptions.defaults().withMode(parsed).withIgnoreCase(ignoreCase);
    }

    static boolean checked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }
}
