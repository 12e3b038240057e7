package io.cmr.orderstatus.contact.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids that concentrate a count, in bounded space whatever the number of distinct ids: the
 * Space-Saving summary (Metwally, Agrawal, El Abbadi 2005). It tracks at most {@code capacity}
 * ids; a new id, when it is full, takes the place of the smallest one and inherits its count as
 * its possible overcount. Any id counted more than {@code total / capacity} times is tracked, and
 * a tracked id's count is at least its true count and at most {@code error} above it.
 *
 * @param entries the tracked ids, in no particular order
 */
public record TopCounts(List<Entry> entries) {

    /** Ids tracked per summary: enough that the report's top three are the true leaders unless counts are flat. */
    public static final int CAPACITY = 10;

    private static final Comparator<Entry> SMALLEST_FIRST = Comparator.comparingLong(Entry::count)
            .thenComparing(Entry::id);

    /**
     * @param count contacts counted for the id, possibly including {@code error} of ids it replaced
     * @param error at most this much of {@code count} belongs to other ids
     */
    public record Entry(String id, long count, long error) {

        /** What is certainly this id's. */
        public long atLeast() {
            return count - error;
        }
    }

    public TopCounts {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static TopCounts empty() {
        return new TopCounts(List.of());
    }

    /** Counts {@code id} once more ({@code sign} 1), or once less (-1) when a contact is taken back. */
    public TopCounts add(String id, long sign, int capacity) {
        List<Entry> next = new ArrayList<>(entries);
        for (int i = 0; i < next.size(); i++) {
            Entry entry = next.get(i);
            if (entry.id().equals(id)) {
                long count = entry.count() + sign;
                if (count <= 0) {
                    next.remove(i);
                }
                else {
                    next.set(i, new Entry(id, count, Math.min(entry.error(), count)));
                }
                return new TopCounts(next);
            }
        }
        if (sign <= 0) {
            // An untracked id's contacts were never counted apart: nothing to take back.
            return this;
        }
        if (next.size() < capacity) {
            next.add(new Entry(id, sign, 0));
            return new TopCounts(next);
        }
        Entry smallest = next.stream().min(SMALLEST_FIRST).orElseThrow();
        next.set(next.indexOf(smallest), new Entry(id, smallest.count() + sign, smallest.count()));
        return new TopCounts(next);
    }

    /**
     * The {@code n} biggest of several summaries (of one week's channels, say), biggest first, ties by
     * id: counts and errors add up; an id a summary does not track counts 0 there, so only
     * {@link Entry#atLeast()} stays a sure bound.
     */
    public static List<Entry> top(Collection<TopCounts> summaries, int n) {
        Map<String, Entry> merged = new HashMap<>();
        for (TopCounts summary : summaries) {
            summary.entries().forEach(entry -> merged.merge(entry.id(), entry,
                    (a, b) -> new Entry(a.id(), a.count() + b.count(), a.error() + b.error())));
        }
        return merged.values().stream()
                .sorted(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::id)).limit(n).toList();
    }
}
