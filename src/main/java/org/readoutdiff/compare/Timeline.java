package org.readoutdiff.compare;

import java.util.List;

/**
 * The order in which a series is read for formulation tracking: by date, earliest first, when
 * every statement has one (from its metadata, else from its dateline); otherwise as given, the
 * others in their order and the base, the statement of the day, last. Statements are named by
 * their index in the series (0 is the base).
 *
 * @param order       the statements' indices, earliest first
 * @param dates       each statement's date (ISO-8601), or null when it has none
 * @param dateSources where each date came from: "metadata", "dateline", or null
 * @param byDate      whether the order is by date
 * @param reason      the order in plain words
 */
public record Timeline(List<Integer> order, List<String> dates, List<String> dateSources, boolean byDate,
                       String reason) {

    public Timeline {
        order = List.copyOf(order);
        dates = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dates));
        dateSources = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dateSources));
    }

    /** Where a statement stands in the order, from 0. */
    public int rank(int statement) {
        return order.indexOf(statement);
    }

    /** The statements of the latest date (by date), or the last one. */
    public java.util.Set<Integer> latest() {
        java.util.Set<Integer> latest = new java.util.TreeSet<>();
        int last = order.get(order.size() - 1);
        for (int statement : order) {
            if (statement == last || (byDate && dates.get(statement).equals(dates.get(last)))) {
                latest.add(statement);
            }
        }
        return latest;
    }
}
