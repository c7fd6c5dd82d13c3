package io.itsmkit.examples.readme;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.CalendarDefinition;
import io.itsmkit.core.calendar.HolidayRule;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.Observance;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The README's calendar definition sample, compiled and run by the build ({@code ReadmeTest} checks that the
 * README shows exactly the lines between the tags, and that it prints what its comments say).
 */
public final class DefinitionSample {
    private DefinitionSample() {}

    /**
     * Runs the sample; it prints the lines shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::definition[]
        HolidaySource closures = year -> List.of(new Holiday(LocalDate.of(year, 8, 14), "Ponte di Ferragosto"));
        BusinessCalendar desk = BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .hours(DayOfWeek.SATURDAY, TimeWindow.parse("22:00-06:00")) // the on-call rota...
                .businessDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) // ...is no business day
                .holidays(Holidays.of(HolidayRule.fixed("Natale", MonthDay.of(12, 25))
                        .validFrom(1950)
                        .observed(Observance.NEXT_WORKING_DAY)))
                .holidays("company-closures", closures) // a host source, stored by its name
                .build();

        String text = desk.definition().toString(); // store it wherever text goes
        System.out.println(text);
        // calendar Europe/Rome {
        //   hours MONDAY 09:00-17:00
        //   hours TUESDAY 09:00-17:00
        //   hours WEDNESDAY 09:00-17:00
        //   hours THURSDAY 09:00-17:00
        //   hours FRIDAY 09:00-17:00
        //   hours SATURDAY 22:00-06:00
        //   business-days MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
        //   holiday "Natale" fixed --12-25 from 1950 observed NEXT_WORKING_DAY
        //   holiday-source "company-closures"
        // }
        BusinessCalendar again =
                BusinessCalendar.of(CalendarDefinition.parse(text), Map.of("company-closures", closures));
        System.out.println(again.equals(desk) + " " + again.addBusinessDays(Instant.parse("2026-06-05T08:00:00Z"), 1));
        // true 2026-06-08T08:00:00Z
        // end::definition[]
    }
}
