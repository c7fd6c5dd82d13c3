package io.itsmkit.core.testkit;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;

/**
 * Samplers of the business-calendar types of itsm-core, valid by construction, for property tests of
 * itsmkit and of host applications. See {@link CoreFixtures} for the other core types.
 */
public final class CalendarFixtures {
    private CalendarFixtures() {}

    /**
     * Business calendars from random {@link CalendarSpec}s: any tz-database zone, random weekly windows
     * (overnight and 24:00 ones included), holidays, special hours and closures in 2018-2022.
     *
     * @return the sampler
     */
    public static Sampler<BusinessCalendar> businessCalendars() {
        return CalendarSpec.samples(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31))
                .map(CalendarSpec::toCalendar);
    }

    /**
     * Time windows: same-day ones to the nanosecond, some ending at 24:00, and overnight ones.
     *
     * @return the sampler
     */
    public static Sampler<TimeWindow> timeWindows() {
        long day = 86_400_000_000_000L;
        return r -> {
            long a = r.nextLong(day);
            long b = r.nextLong(day);
            if (a == b || b == 0 || r.nextInt(8) == 0) {
                return TimeWindow.of(LocalTime.ofNanoOfDay(Math.min(a, day - 1)), LocalTime.MIDNIGHT);
            }
            return a < b
                    ? TimeWindow.of(LocalTime.ofNanoOfDay(a), LocalTime.ofNanoOfDay(b))
                    : TimeWindow.overnight(LocalTime.ofNanoOfDay(a), LocalTime.ofNanoOfDay(b));
        };
    }

    /**
     * Holiday sources: fixed dates, Easter-relative days, nth and last weekdays, one-off dates, Italy.
     *
     * @return the sampler
     */
    public static Sampler<HolidaySource> holidaySources() {
        return r -> switch (r.nextInt(6)) {
            case 0 -> Holidays.fixed(MonthDay.of(r.nextInt(1, 13), r.nextInt(1, 29)));
            case 1 -> Holidays.easterRelative(r.nextInt(-100, 101));
            case 2 -> Holidays.nthWeekdayOf(r.nextInt(1, 5), DayOfWeek.of(r.nextInt(1, 8)), Month.of(r.nextInt(1, 13)));
            case 3 -> Holidays.lastWeekdayOf(DayOfWeek.of(r.nextInt(1, 8)), Month.of(r.nextInt(1, 13)));
            case 4 ->
                Holidays.on(LocalDate.ofEpochDay(r.nextLong(
                        LocalDate.of(2000, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 1, 1).toEpochDay())));
            default -> Holidays.italy(MonthDay.of(r.nextInt(1, 13), r.nextInt(1, 29)));
        };
    }
}
