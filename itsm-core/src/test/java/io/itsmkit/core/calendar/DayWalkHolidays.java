package io.itsmkit.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference evaluation of holiday rules, sharing no code with {@link Holidays} or {@link HolidayRule}'s
 * date computations: Easter by Gauss's algorithm (not the Meeus/Jones/Butcher one the library uses), nth
 * and last weekdays by walking the days of the month, observance by stepping one day at a time.
 */
final class DayWalkHolidays {
    private DayWalkHolidays() {}

    /** Easter Sunday by Gauss's algorithm with its two exceptions (Gregorian calendar). */
    static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return LocalDate.of(year, 3, 22).plusDays(d + e);
    }

    /** The date of a rule in a year, before observance, or null. */
    static LocalDate nominal(HolidayRule rule, int year) {
        if (year < rule.fromYear() || year > rule.untilYear()) {
            return null;
        }
        HolidayRule.When w = rule.when();
        if (w instanceof HolidayRule.Fixed f) {
            boolean exists = f.monthDay().getDayOfMonth()
                    <= Month.of(f.monthDay().getMonthValue())
                            .length(LocalDate.of(year, 1, 1).isLeapYear());
            return exists
                    ? LocalDate.of(
                            year, f.monthDay().getMonthValue(), f.monthDay().getDayOfMonth())
                    : null;
        }
        if (w instanceof HolidayRule.EasterRelative e) {
            return gaussEaster(year).plusDays(e.days());
        }
        if (w instanceof HolidayRule.NthWeekday n) {
            int seen = 0;
            for (LocalDate d = LocalDate.of(year, n.month(), 1); d.getMonth() == n.month(); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == n.day() && ++seen == n.ordinal()) {
                    return d;
                }
            }
            throw new AssertionError("no " + n + " in " + year);
        }
        if (w instanceof HolidayRule.LastWeekday l) {
            LocalDate d = LocalDate.of(year, l.month(), 1).plusMonths(1).minusDays(1);
            while (d.getDayOfWeek() != l.day()) {
                d = d.minusDays(1);
            }
            return d;
        }
        LocalDate d = ((HolidayRule.OnDate) w).date();
        return d.getYear() == year ? d : null;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The observed dates of the rules of a set for a year (dates may be in the neighbouring years). */
    static Set<LocalDate> observedIn(Holidays holidays, int year) {
        Set<LocalDate> taken = new HashSet<>();
        Map<LocalDate, List<String>> waiting = new TreeMap<>();
        for (HolidayRule r : holidays.rules()) {
            LocalDate d = nominal(r, year);
            if (d == null) {
                continue;
            }
            Observance o = r.observance();
            if (o == Observance.NEXT_WORKING_DAY && weekend(d)) {
                waiting.computeIfAbsent(d, x -> new ArrayList<>()).add(r.name());
                continue;
            }
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY
                    && (o == Observance.SATURDAY_TO_FRIDAY || o == Observance.NEAREST_WEEKDAY)) {
                d = d.minusDays(1);
            } else if (d.getDayOfWeek() == DayOfWeek.SUNDAY
                    && (o == Observance.SUNDAY_TO_MONDAY || o == Observance.NEAREST_WEEKDAY)) {
                d = d.plusDays(1);
            }
            taken.add(d);
        }
        waiting.forEach((d, names) -> {
            names.sort(Comparator.naturalOrder());
            for (String ignored : names) {
                LocalDate s = d.plusDays(1);
                while (weekend(s) || taken.contains(s)) {
                    s = s.plusDays(1);
                }
                taken.add(s);
            }
        });
        return taken;
    }
}
