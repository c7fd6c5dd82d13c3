package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * On which local dates a {@link RecurringWindow} starts: weekly on some weekdays, monthly on a day of the
 * month, or yearly on a month and day.
 *
 * <p>Implementation Requirements: every implementation is an immutable, thread-safe record.
 */
public sealed interface Recurrence permits Recurrence.Weekly, Recurrence.Monthly, Recurrence.Yearly {

    /**
     * Tells whether a window starts on a date.
     *
     * @param date a local date
     * @return {@code true} if the recurrence falls on it
     */
    boolean occursOn(LocalDate date);

    /**
     * Every week on the given weekdays.
     *
     * @param day a weekday
     * @param days further weekdays
     * @return the recurrence
     * @throws ValidationException if a weekday is null
     */
    static Recurrence weekly(DayOfWeek day, DayOfWeek... days) {
        Set<DayOfWeek> all = EnumSet.of(Checks.notNull(day, "recurrence.days[0]"));
        Checks.notNull(days, "recurrence.days");
        for (int i = 0; i < days.length; i++) {
            all.add(Checks.notNull(days[i], "recurrence.days[" + (i + 1) + "]"));
        }
        return new Weekly(all);
    }

    /**
     * Every month on a day of the month; months without that day (the 31st in April) are skipped.
     *
     * @param dayOfMonth from 1 to 31
     * @return the recurrence
     * @throws ValidationException if the day is outside 1 to 31
     */
    static Recurrence monthly(int dayOfMonth) {
        return new Monthly(dayOfMonth);
    }

    /**
     * Every year on a month and day; February 29 falls in leap years only.
     *
     * @param day the month and day
     * @return the recurrence
     * @throws ValidationException if the day is null
     */
    static Recurrence yearly(MonthDay day) {
        return new Yearly(day);
    }

    /**
     * Weekly on some weekdays.
     *
     * @param days the weekdays, at least one
     */
    record Weekly(Set<DayOfWeek> days) implements Recurrence {
        /**
         * Validates and copies the weekdays.
         *
         * @throws ValidationException if the set is null, empty or holds null
         * @param days see {@link #days()}
         */
        public Weekly {
            Checks.notNull(days, "recurrence.days");
            if (days.isEmpty()) {
                throw new ValidationException("recurrence.days", "not-empty", "[]", "must name at least one weekday");
            }
            for (DayOfWeek d : days) {
                Checks.notNull(d, "recurrence.days[]");
            }
            days = Set.copyOf(days);
        }

        @Override
        public boolean occursOn(LocalDate date) {
            return days.contains(Checks.notNull(date, "date").getDayOfWeek());
        }
    }

    /**
     * Monthly on a day of the month.
     *
     * @param dayOfMonth from 1 to 31
     */
    record Monthly(int dayOfMonth) implements Recurrence {
        /**
         * Validates the day.
         *
         * @throws ValidationException if the day is outside 1 to 31
         * @param dayOfMonth see {@link #dayOfMonth()}
         */
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new ValidationException(
                        "recurrence.dayOfMonth", "day-of-month", dayOfMonth, "must be from 1 to 31");
            }
        }

        @Override
        public boolean occursOn(LocalDate date) {
            return Checks.notNull(date, "date").getDayOfMonth() == dayOfMonth;
        }
    }

    /**
     * Yearly on a month and day.
     *
     * @param day the month and day
     */
    record Yearly(MonthDay day) implements Recurrence {
        /**
         * Validates the day.
         *
         * @throws ValidationException if the day is null
         * @param day see {@link #day()}
         */
        public Yearly {
            Checks.notNull(day, "recurrence.day");
        }

        @Override
        public boolean occursOn(LocalDate date) {
            return MonthDay.from(Checks.notNull(date, "date")).equals(day);
        }
    }
}
