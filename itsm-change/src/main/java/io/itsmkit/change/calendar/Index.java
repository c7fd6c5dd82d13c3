package io.itsmkit.change.calendar;

import io.itsmkit.change.schedule.Window;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Scheduled changes by key (item or assignee), sorted by start, for overlap queries by binary search. */
final class Index<K> {
    private final Map<K, Timeline> timelines;

    private Index(Map<K, Timeline> timelines) {
        this.timelines = timelines;
    }

    static <K> Index<K> of(Map<K, List<Sweep.Entry>> byKey) {
        Map<K, Timeline> t = new HashMap<>();
        byKey.forEach((k, entries) -> t.put(k, new Timeline(entries)));
        return new Index<>(t);
    }

    /** Calls {@code sink} with every entry of {@code key} that overlaps {@code w}. */
    void forEachOverlapping(K key, Window w, Consumer<Sweep.Entry> sink) {
        Timeline t = timelines.get(key);
        if (t != null) {
            t.forEachOverlapping(w, sink);
        }
    }

    /** One key's entries sorted by start, with the longest duration, so a query scans only candidates. */
    private static final class Timeline {
        private final List<Sweep.Entry> entries;
        private final Duration longest;

        Timeline(List<Sweep.Entry> unsorted) {
            this.entries = new ArrayList<>(unsorted);
            Sweep.sortByStart(entries);
            Duration max = Duration.ZERO;
            for (Sweep.Entry e : entries) {
                Duration d = Duration.between(e.start(), e.end());
                if (d.compareTo(max) > 0) {
                    max = d;
                }
            }
            this.longest = max;
        }

        void forEachOverlapping(Window w, Consumer<Sweep.Entry> sink) {
            int from = 0;
            try {
                // an entry starting at or before this instant ends at or before w.start
                from = firstStartingAfter(w.start().minus(longest));
            } catch (DateTimeException | ArithmeticException e) {
                // w.start - longest is before Instant.MIN: every entry is a candidate
            }
            for (int i = from; i < entries.size(); i++) {
                Sweep.Entry e = entries.get(i);
                if (!e.start().isBefore(w.end())) {
                    return;
                }
                if (e.end().isAfter(w.start())) {
                    sink.accept(e);
                }
            }
        }

        private int firstStartingAfter(Instant t) {
            int lo = 0;
            int hi = entries.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (entries.get(mid).start().isAfter(t)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
