package org.readoutdiff.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date: from what a user typed as a statement's date, or from the dateline near the
 * top of a readout ("Xinhua | November 18, 2024", "新华社北京2024年4月2日电"). Only the first
 * {@value #HEAD_LINES} short lines are looked at, where datelines stand; a date further down
 * is a date the text talks about, not the statement's own.
 */
public final class Datelines {

    static final int HEAD_LINES = 8;
    private static final int MAX_LINE = 160;
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![0-9])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![0-9])(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private Datelines() {
    }

    /** The date a user wrote (ISO-8601 preferred, or as in a dateline), or null if none is there. */
    public static LocalDate parse(String written) {
        if (written == null) {
            return null;
        }
        return first(written.strip());
    }

    /** The date of the dateline in the first lines of a text, or null. */
    public static LocalDate of(String text) {
        int from = 0;
        for (int line = 0; line < HEAD_LINES && from < text.length(); ) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String content = text.substring(from, end).strip();
            if (!content.isEmpty()) {
                line++;
                if (content.length() <= MAX_LINE) {
                    LocalDate date = first(content);
                    if (date != null) {
                        return date;
                    }
                }
            }
            from = end + 1;
        }
        return null;
    }

    private static LocalDate first(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        return null;
    }

    private static String month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return String.valueOf("janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
