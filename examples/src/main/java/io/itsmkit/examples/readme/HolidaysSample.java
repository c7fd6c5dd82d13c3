package io.itsmkit.examples.readme;

import de.focus_shift.jollyday.core.HolidayCalendar;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.examples.holidays.JollydayHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * The README's sample of holidays from Jollyday, compiled and run by the build ({@code ReadmeTest} checks
 * that the README shows exactly the lines between the tags, and that it prints what its comments say).
 */
public final class HolidaysSample {
    private HolidaysSample() {}

    /**
     * Runs the sample; it prints the lines shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::holidays[]
        JollydayHolidays bavaria = JollydayHolidays.of(HolidayCalendar.GERMANY, "by");
        BusinessCalendar munich = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("8:00-17:00"))
                .holidays(bavaria.name(), bavaria) // "jollyday:de-by" in the definition
                .build();
        System.out.println(munich.holidaysIn(2026).get(7));
        // Holiday[date=2026-06-04, name=Corpus Christi]
        System.out.println(munich.addBusinessDays(LocalDate.of(2026, 6, 3), 1));
        // 2026-06-05
        // end::holidays[]
    }
}
