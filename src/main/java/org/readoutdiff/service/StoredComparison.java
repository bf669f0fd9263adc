package org.readoutdiff.service;

import java.time.Instant;
import org.readoutdiff.compare.ComparisonOptions;

/**
 * A comparison of the library: both statements, the options and engine version it ran with,
 * and its result as the comparison JSON document (with its id). The statements' labels are the
 * ones this comparison was made with (a statement stored once may be compared under other names).
 *
 * @param mode    the mode that ran (versions or counterparts)
 * @param verdict   substantive, minor, format-only or identical
 * @param published whether its permalink is readable without an account
 */
public record StoredComparison(String id, StoredStatement left, StoredStatement right, ComparisonOptions options,
                               String engineVersion, String mode, String verdict, boolean degraded,
                               Instant createdAt, String json, boolean published) {
}
