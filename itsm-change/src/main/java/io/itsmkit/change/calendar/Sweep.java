package io.itsmkit.change.calendar;

import io.itsmkit.change.schedule.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sweep lines over windows sorted by start: every overlapping pair once, in O(n + k). */
final class Sweep {
    private Sweep() {}

    /** A change's window on one key (an item or an assignee). */
    record Entry(Instant start, Instant end, ScheduledChange change) {
        Entry(ScheduledChange c) {
            this(c.window().start(), c.window().end(), c);
        }
    }

    /** Receives an overlapping pair and their overlap. */
    interface PairSink {
        void accept(Entry a, Entry b, Window overlap);
    }

    static void sortByStart(List<Entry> entries) {
        entries.sort((x, y) -> x.start().compareTo(y.start()));
    }

    /** Every overlapping pair within one list sorted by start; {@code a} started no later than {@code b}. */
    static void within(List<Entry> sorted, PairSink sink) {
        List<Entry> active = new ArrayList<>();
        for (Entry e : sorted) {
            prune(active, e.start());
            for (Entry a : active) {
                sink.accept(a, e, overlap(a, e));
            }
            active.add(e);
        }
    }

    /** Every overlapping pair with one entry from each of two lists sorted by start; {@code a} from left. */
    static void between(List<Entry> left, List<Entry> right, PairSink sink) {
        List<Entry> activeLeft = new ArrayList<>();
        List<Entry> activeRight = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            boolean takeLeft = j == right.size()
                    || (i < left.size()
                            && !left.get(i).start().isAfter(right.get(j).start()));
            if (takeLeft) {
                Entry e = left.get(i++);
                prune(activeRight, e.start());
                for (Entry r : activeRight) {
                    sink.accept(e, r, overlap(e, r));
                }
                activeLeft.add(e);
            } else {
                Entry e = right.get(j++);
                prune(activeLeft, e.start());
                for (Entry l : activeLeft) {
                    sink.accept(l, e, overlap(l, e));
                }
                activeRight.add(e);
            }
        }
    }

    /** Drops the entries that end at or before {@code t}: they cannot overlap anything starting at {@code t}. */
    private static void prune(List<Entry> active, Instant t) {
        int kept = 0;
        for (int k = 0; k < active.size(); k++) {
            Entry a = active.get(k);
            if (a.end().isAfter(t)) {
                active.set(kept++, a);
            }
        }
        active.subList(kept, active.size()).clear();
    }

    private static Window overlap(Entry a, Entry b) {
        Instant s = a.start().isAfter(b.start()) ? a.start() : b.start();
        Instant e = a.end().isBefore(b.end()) ? a.end() : b.end();
        return new Window(s, e);
    }
}
