package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The union or intersection of two calendars, computed chunk by chunk and year by year from the operands'. */
final class CombinedCalendar extends BusinessCalendar {
    private final boolean union;
    private final BusinessCalendar left;
    private final BusinessCalendar right;

    CombinedCalendar(CalendarDefinition.Combined def, BusinessCalendar left, BusinessCalendar right) {
        super(def);
        this.union = def.operation() == CalendarDefinition.Operation.UNION;
        this.left = left;
        this.right = right;
    }

    @Override
    Map<String, HolidaySource> sources() {
        Map<String, HolidaySource> both = new TreeMap<>(left.sources());
        both.putAll(right.sources());
        return both;
    }

    @Override
    long[] computeIntervals(int k) {
        long[] a = left.chunk(k).pairs();
        long[] b = right.chunk(k).pairs();
        return union ? Intervals.union(a, b) : Intervals.intersection(a, b);
    }

    @Override
    long[] computeBusinessDays(int year) {
        long[] a = left.year(year).bits;
        long[] b = right.year(year).bits;
        long[] out = BusinessYear.emptyBits();
        for (int i = 0; i < out.length; i++) {
            out[i] = union ? a[i] | b[i] : a[i] & b[i];
        }
        return out;
    }

    @Override
    List<Holiday> computeHolidays(int year) {
        TreeSet<Holiday> all = new TreeSet<>(left.computeHolidays(year));
        all.addAll(right.computeHolidays(year));
        return List.copyOf(all);
    }
}
