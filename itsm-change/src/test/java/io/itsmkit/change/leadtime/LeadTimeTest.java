package io.itsmkit.change.leadtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LeadTimeTest {
    private static final BusinessCalendar ROME = BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("08:30-18:00"))
            .holidays(Holidays.italy(MonthDay.of(6, 29)))
            .build();

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        Instant goodFriday = Instant.parse("2026-04-03T08:00:00Z"); // 10:00 in Rome
        // Easter Monday (April 6) is a holiday in Italy
        assertEquals(
                Instant.parse("2026-04-07T08:00:00Z"),
                LeadTime.ofBusinessDays(1).earliestStart(goodFriday, ROME));
        assertEquals(
                Instant.parse("2026-04-13T08:00:00Z"),
                LeadTime.ofBusinessDays(5).earliestStart(goodFriday, ROME));
        assertEquals(goodFriday, LeadTime.NONE.earliestStart(goodFriday, ROME));
        assertTrue(LeadTime.ofBusinessDays(1).isMetBy(goodFriday, Instant.parse("2026-04-07T08:00:00Z"), ROME));
        assertFalse(LeadTime.ofBusinessDays(1).isMetBy(goodFriday, Instant.parse("2026-04-07T07:59:59Z"), ROME));
        assertTrue(LeadTime.NONE.isMetBy(goodFriday, goodFriday, ROME));
    }

    @Test
    void aLaterSubmissionNeverAllowsAnEarlierStart() {
        LeadTime one = LeadTime.ofBusinessDays(1);
        // Friday 23:00 Rome -> Monday 23:00; Saturday 10:00 counts from Monday 00:00 -> Tuesday 00:00
        assertEquals(
                Instant.parse("2026-04-13T21:00:00Z"), one.earliestStart(Instant.parse("2026-04-10T21:00:00Z"), ROME));
        assertEquals(
                Instant.parse("2026-04-13T22:00:00Z"), one.earliestStart(Instant.parse("2026-04-11T08:00:00Z"), ROME));
        // every hour of two weeks around Easter, for 1 and 5 days: monotone
        for (int days : new int[] {1, 5}) {
            LeadTime lt = LeadTime.ofBusinessDays(days);
            Instant previous = Instant.MIN;
            for (Instant t = Instant.parse("2026-03-30T00:00:00Z");
                    t.isBefore(Instant.parse("2026-04-13T00:00:00Z"));
                    t = t.plusSeconds(1800)) {
                Instant earliest = lt.earliestStart(t, ROME);
                assertFalse(earliest.isBefore(previous), days + " days from " + t);
                assertFalse(earliest.isBefore(t), "never before the submission");
                previous = earliest;
            }
        }
    }

    @Test
    void rendering() {
        assertEquals("1 business day", LeadTime.ofBusinessDays(1).toString());
        assertEquals("10 business days", LeadTime.ofBusinessDays(10).toString());
        assertEquals(0, LeadTime.NONE.businessDays());
    }

    @Test
    void badInput() {
        assertEquals("within-range", rule(() -> LeadTime.ofBusinessDays(-1)));
        assertEquals("within-range", rule(() -> LeadTime.ofBusinessDays(Integer.MIN_VALUE)));
        assertEquals("within-range", rule(() -> LeadTime.ofBusinessDays(LeadTime.MAX_DAYS + 1)));
        assertEquals(
                LeadTime.MAX_DAYS, LeadTime.ofBusinessDays(LeadTime.MAX_DAYS).businessDays());
        assertEquals("required", rule(() -> LeadTime.NONE.earliestStart(null, ROME)));
        assertEquals("required", rule(() -> LeadTime.NONE.earliestStart(Instant.EPOCH, null)));
        assertEquals("required", rule(() -> LeadTime.NONE.isMetBy(Instant.EPOCH, null, ROME)));
        assertEquals("within-horizon", rule(() -> LeadTime.ofBusinessDays(1).earliestStart(Instant.MAX, ROME)));
    }

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }
}
