package io.itsmkit.core.calendar;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The union or intersection of two calendars, computed chunk by chunk from the operands' intervals. */
final class CombinedCalendar extends BusinessCalendar {
    private final boolean union;
    private final BusinessCalendar left;
    private final BusinessCalendar right;

    CombinedCalendar(boolean union, BusinessCalendar left, BusinessCalendar right) {
        this.union = union;
        this.left = left;
        this.right = right;
    }

    @Override
    public ZoneId zone() {
        return left.zone();
    }

    @Override
    long[] computeIntervals(int k) {
        long[] a = left.chunk(k).pairs();
        long[] b = right.chunk(k).pairs();
        return union ? Intervals.union(a, b) : Intervals.intersection(a, b);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CombinedCalendar c && c.union == union && c.left.equals(left) && c.right.equals(right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(union, left, right);
    }

    /** Renders {@code "(left) union (right)"} or {@code "(left) intersection (right)"}. */
    @Override
    public String toString() {
        return "(" + left + ") " + (union ? "union" : "intersection") + " (" + right + ")";
    }
}
