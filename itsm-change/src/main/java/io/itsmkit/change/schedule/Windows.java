package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A set of instants given as a union of {@link Window}s, normalised: sorted, and with overlapping or
 * touching windows merged, so {@code [00:00, 02:00)} and {@code [02:00, 04:00)} become {@code [00:00, 04:00)}
 * and a change from 01:00 to 03:00 lies inside.
 *
 * <p>Guarantees: {@link #windows()} is sorted, its windows neither overlap nor touch, and their union is the
 * union of the windows given; look-ups are binary searches.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Windows {
    private static final Windows EMPTY = new Windows(List.of());

    private final List<Window> windows;

    private Windows(List<Window> windows) {
        this.windows = windows;
    }

    /**
     * Returns the empty set.
     *
     * @return a set with no window
     */
    public static Windows empty() {
        return EMPTY;
    }

    /**
     * Returns the union of windows, normalised.
     *
     * @param windows any windows, in any order, overlapping or not
     * @return the union
     * @throws io.itsmkit.core.error.ValidationException if the collection or a window is null
     */
    public static Windows of(Collection<Window> windows) {
        Checks.notNull(windows, "windows");
        List<Window> sorted = new ArrayList<>(windows.size());
        int i = 0;
        for (Window w : windows) {
            sorted.add(Checks.notNull(w, "windows[" + i++ + "]"));
        }
        sorted.sort(null);
        List<Window> merged = new ArrayList<>();
        for (Window w : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !w.start().isAfter(merged.get(last).end())) {
                Window m = merged.get(last);
                if (w.end().isAfter(m.end())) {
                    merged.set(last, new Window(m.start(), w.end()));
                }
            } else {
                merged.add(w);
            }
        }
        return merged.isEmpty() ? EMPTY : new Windows(List.copyOf(merged));
    }

    /**
     * Returns the normalised windows.
     *
     * @return sorted windows that neither overlap nor touch
     */
    public List<Window> windows() {
        return windows;
    }

    /**
     * Tells whether the set has no instant.
     *
     * @return {@code true} if there is no window
     */
    public boolean isEmpty() {
        return windows.isEmpty();
    }

    /**
     * Returns the window of the set that holds an instant.
     *
     * @param t an instant
     * @return the window containing {@code t}, or empty
     */
    public Optional<Window> containing(Instant t) {
        Checks.notNull(t, "instant");
        int i = lastStartingAtOrBefore(t);
        return i >= 0 && windows.get(i).contains(t) ? Optional.of(windows.get(i)) : Optional.empty();
    }

    /**
     * Tells whether a window lies wholly inside one window of the set (so inside the union).
     *
     * @param w a window
     * @return {@code true} if every instant of {@code w} is in the set
     */
    public boolean contains(Window w) {
        Checks.notNull(w, "window");
        return containing(w.start()).map(c -> c.contains(w)).orElse(false);
    }

    /**
     * Returns the windows of the set that share an instant with a window, whole (not clipped).
     *
     * @param w a window
     * @return the overlapping windows, sorted; empty if none
     */
    public List<Window> overlapping(Window w) {
        Checks.notNull(w, "window");
        List<Window> out = new ArrayList<>();
        for (int i = Math.max(0, lastStartingAtOrBefore(w.start())); i < windows.size(); i++) {
            Window c = windows.get(i);
            if (!c.start().isBefore(w.end())) {
                break;
            }
            if (c.overlaps(w)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Returns the first window of the set that shares an instant with a window, whole.
     *
     * @param window a window
     * @return the earliest overlapping window, or empty
     */
    public Optional<Window> firstOverlapping(Window window) {
        Checks.notNull(window, "window");
        int i = Math.max(0, lastStartingAtOrBefore(window.start()));
        for (; i < windows.size() && windows.get(i).start().isBefore(window.end()); i++) {
            if (windows.get(i).overlaps(window)) {
                return Optional.of(windows.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the parts of a window the set does not hold.
     *
     * @param window a window
     * @return the uncovered parts, sorted; empty if the set holds all of {@code window}
     */
    public List<Window> uncovered(Window window) {
        Window w = Checks.notNull(window, "window");
        List<Window> out = new ArrayList<>();
        Instant at = w.start();
        for (Window covered : overlapping(w)) {
            if (covered.start().isAfter(at)) {
                out.add(new Window(at, covered.start()));
            }
            at = covered.end();
        }
        if (at.isBefore(w.end())) {
            out.add(new Window(at, w.end()));
        }
        return out;
    }

    /**
     * Returns the first start of a window of the set after an instant.
     *
     * @param t an instant
     * @return the earliest window start strictly after {@code t}, or empty
     */
    public Optional<Instant> nextStartAfter(Instant t) {
        Checks.notNull(t, "instant");
        int i = lastStartingAtOrBefore(t) + 1;
        return i < windows.size() ? Optional.of(windows.get(i).start()) : Optional.empty();
    }

    /** Index of the last window starting at or before {@code t}, or -1. */
    private int lastStartingAtOrBefore(Instant t) {
        int lo = 0;
        int hi = windows.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (windows.get(mid).start().isAfter(t)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    /**
     * Sets are equal when they hold the same instants.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Windows other && other.windows.equals(windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }

    /**
     * Renders the windows.
     *
     * @return e.g. {@code [[a, b), [c, d)]}
     */
    @Override
    public String toString() {
        return windows.toString();
    }
}
