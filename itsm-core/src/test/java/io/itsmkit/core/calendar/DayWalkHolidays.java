package io.itsmkit.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** A holiday before observance: the year of the rule that gives it, its date and its name. */
    private record Nominal(int year, LocalDate date, String name) {}

    /**
     * The observed dates of the rules of a set for a year (dates may be in the neighbouring years). Every
     * holiday of the rule years from two before to two after is placed; substitutes ({@link
     * Observance#NEXT_WORKING_DAY} on a weekend) are found by walking the days forward: each free weekday goes
     * to the earliest-dated substitute still waiting whose date is before it, whichever year's rule gave it.
     */
    static Set<LocalDate> observedIn(Holidays holidays, int year) {
        Set<LocalDate> taken = new HashSet<>();
        Set<LocalDate> out = new HashSet<>();
        List<Nominal> waiting = new ArrayList<>();
        for (int y = Math.max(holidays.firstKnownYear(), year - 2); y <= Math.min(Holidays.LAST_YEAR, year + 2); y++) {
            for (HolidayRule r : holidays.rules()) {
                LocalDate d = nominal(r, y);
                if (d == null) {
                    continue;
                }
                Observance o = r.observance();
                if (o == Observance.NEXT_WORKING_DAY && weekend(d)) {
                    waiting.add(new Nominal(y, d, r.name()));
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
                if (y == year) {
                    out.add(d);
                }
            }
        }
        if (waiting.isEmpty()) {
            return out;
        }
        waiting.sort(Comparator.comparing(Nominal::date).thenComparing(Nominal::name));
        ArrayDeque<Nominal> pending = new ArrayDeque<>();
        int next = 0;
        for (LocalDate day = waiting.get(0).date(); next < waiting.size() || !pending.isEmpty(); ) {
            day = day.plusDays(1);
            while (next < waiting.size() && waiting.get(next).date().isBefore(day)) {
                pending.add(waiting.get(next++));
            }
            if (!pending.isEmpty() && !weekend(day) && !taken.contains(day)) {
                Nominal n = pending.poll();
                taken.add(day);
                if (n.year() == year) {
                    out.add(day);
                }
            }
        }
        return out;
    }
}
