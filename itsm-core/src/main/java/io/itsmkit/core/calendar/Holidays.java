package io.itsmkit.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Built-in {@link HolidaySource}s: fixed yearly dates, Easter-relative days, nth or last weekday of a
 * month, one-off dates, their combination, and the Italian national holidays.
 *
 * <p>Every source returned is an immutable, thread-safe value with value equality.
 */
public final class Holidays {
    private Holidays() {}

    /**
     * The same dates every year, e.g. 25 December. A 29 February is a holiday in leap years only.
     *
     * @param dates the month-days
     * @return the source
     */
    public static HolidaySource fixed(MonthDay... dates) {
        return new Fixed(ImmutableSet.copyOf(checked(dates, "dates")));
    }

    /**
     * Days at an offset from Easter Sunday (Gregorian computus): 0 is Easter Sunday, 1 Easter Monday,
     * -2 Good Friday, 39 Ascension, 49 Pentecost.
     *
     * @param offsetsInDays offsets from Easter Sunday, each within -100 to +100
     * @return the source
     * @throws ValidationException with rule {@code "in-range"} for an offset outside -100 to +100
     */
    public static HolidaySource easterRelative(int... offsetsInDays) {
        Checks.notNull(offsetsInDays, "offsetsInDays");
        for (int o : offsetsInDays) {
            if (o < -100 || o > 100) {
                throw new ValidationException("offsetsInDays", "in-range", o, "must be between -100 and 100 days");
            }
        }
        return new EasterRelative(ImmutableList.copyOf(
                java.util.Arrays.stream(offsetsInDays).boxed().toList()));
    }

    /**
     * The nth weekday of a month, e.g. the 4th Thursday of November.
     *
     * @param ordinal 1 to 4 (use {@link #lastWeekdayOf} for the last)
     * @param day the weekday
     * @param month the month
     * @return the source
     * @throws ValidationException with rule {@code "in-range"} if the ordinal is not 1 to 4
     */
    public static HolidaySource nthWeekdayOf(int ordinal, DayOfWeek day, Month month) {
        if (ordinal < 1 || ordinal > 4) {
            throw new ValidationException(
                    "ordinal", "in-range", ordinal, "must be 1 to 4; use lastWeekdayOf for the last");
        }
        return new NthWeekday(ordinal, Checks.notNull(day, "day"), Checks.notNull(month, "month"));
    }

    /**
     * The last weekday of a month, e.g. the last Monday of May.
     *
     * @param day the weekday
     * @param month the month
     * @return the source
     */
    public static HolidaySource lastWeekdayOf(DayOfWeek day, Month month) {
        return new NthWeekday(-1, Checks.notNull(day, "day"), Checks.notNull(month, "month"));
    }

    /**
     * One-off dates, e.g. a company closure.
     *
     * @param dates the dates
     * @return the source
     */
    public static HolidaySource on(LocalDate... dates) {
        return new OneOff(ImmutableSet.copyOf(checked(dates, "dates")));
    }

    /**
     * Every date of several sources.
     *
     * @param sources the sources
     * @return the combined source
     */
    public static HolidaySource allOf(HolidaySource... sources) {
        return new AllOf(ImmutableList.copyOf(checked(sources, "sources")));
    }

    /**
     * The Italian national holidays: 1 and 6 January, Easter Sunday and Monday, 25 April, 1 May, 2 June,
     * 15 August, 1 November, 8, 25 and 26 December.
     *
     * @return the source
     */
    public static HolidaySource italy() {
        return allOf(
                fixed(
                        MonthDay.of(1, 1),
                        MonthDay.of(1, 6),
                        MonthDay.of(4, 25),
                        MonthDay.of(5, 1),
                        MonthDay.of(6, 2),
                        MonthDay.of(8, 15),
                        MonthDay.of(11, 1),
                        MonthDay.of(12, 8),
                        MonthDay.of(12, 25),
                        MonthDay.of(12, 26)),
                easterRelative(0, 1));
    }

    /**
     * The Italian national holidays plus a city's patron saint, e.g. 29 June for Rome, 7 December for Milan.
     *
     * @param patronSaint the patron saint's day
     * @return the source
     */
    public static HolidaySource italy(MonthDay patronSaint) {
        return allOf(italy(), fixed(Checks.notNull(patronSaint, "patronSaint")));
    }

    /**
     * Returns Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
     *
     * @param year the year
     * @return Easter Sunday
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static <T> List<T> checked(T[] values, String path) {
        Checks.notNull(values, path);
        for (int i = 0; i < values.length; i++) {
            Checks.notNull(values[i], path + "[" + i + "]");
        }
        return List.of(values);
    }

    private record Fixed(ImmutableSet<MonthDay> dates) implements HolidaySource {
        @Override
        public Set<LocalDate> holidaysIn(int year) {
            ImmutableSet.Builder<LocalDate> out = ImmutableSet.builder();
            dates.stream().filter(md -> md.isValidYear(year)).forEach(md -> out.add(md.atYear(year)));
            return out.build();
        }
    }

    private record EasterRelative(ImmutableList<Integer> offsets) implements HolidaySource {
        @Override
        public Set<LocalDate> holidaysIn(int year) {
            LocalDate easter = easterSunday(year);
            ImmutableSet.Builder<LocalDate> out = ImmutableSet.builder();
            offsets.forEach(o -> {
                LocalDate d = easter.plusDays(o);
                if (d.getYear() == year) {
                    out.add(d);
                }
            });
            return out.build();
        }
    }

    private record NthWeekday(int ordinal, DayOfWeek day, Month month) implements HolidaySource {
        @Override
        public Set<LocalDate> holidaysIn(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            return Set.of(first.with(
                    ordinal < 0
                            ? TemporalAdjusters.lastInMonth(day)
                            : TemporalAdjusters.dayOfWeekInMonth(ordinal, day)));
        }
    }

    private record OneOff(ImmutableSet<LocalDate> dates) implements HolidaySource {
        @Override
        public Set<LocalDate> holidaysIn(int year) {
            return dates.stream().filter(d -> d.getYear() == year).collect(ImmutableSet.toImmutableSet());
        }
    }

    private record AllOf(ImmutableList<HolidaySource> sources) implements HolidaySource {
        @Override
        public Set<LocalDate> holidaysIn(int year) {
            ImmutableSet.Builder<LocalDate> out = ImmutableSet.builder();
            sources.forEach(s -> out.addAll(s.holidaysIn(year)));
            return out.build();
        }
    }
}
