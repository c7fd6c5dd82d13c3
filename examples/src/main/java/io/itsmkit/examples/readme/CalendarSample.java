package io.itsmkit.examples.readme;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * The README's business calendar sample, compiled and run by the build ({@code ReadmeTest} checks that the
 * README shows exactly the lines between the tags, and that it prints what its comments say).
 */
public final class CalendarSample {
    private CalendarSample() {}

    /**
     * Runs the sample; it prints the lines shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::calendar[]
        BusinessCalendar rome = BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
                .hours(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        TimeWindow.parse("8:30-13:00"),
                        TimeWindow.parse("14:00-18:00"))
                .holidays(Holidays.italy(MonthDay.of(6, 29))) // national holidays + Rome's patron saint
                .build();

        Instant opened = Instant.parse("2026-04-03T15:00:00Z"); // Good Friday, 17:00 in Rome
        Instant due = rome.addWorkingTime(opened, Duration.ofHours(4)); // Easter Monday is a holiday
        System.out.println(due + " " + rome.workingTimeBetween(opened, due));
        // 2026-04-07T09:30:00Z PT4H
        System.out.println(rome.addBusinessDays(opened, 1) + " " + rome.subtractBusinessDays(opened, 1));
        // 2026-04-07T15:00:00Z 2026-04-02T15:00:00Z
        System.out.println(rome.previousWorkingInstant(Instant.parse("2026-04-06T10:00:00Z")));
        // 2026-04-03T16:00:00Z
        System.out.println(rome.holidaysIn(2027).get(9)); // a holiday again from 2026
        // Holiday[date=2027-10-04, name=San Francesco d'Assisi]
        // end::calendar[]
    }
}
