package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWindowTest {

    @Test
    void windows() {
        TimeWindow day = TimeWindow.parse("08:30-13:00");
        assertEquals(LocalTime.of(8, 30), day.start());
        assertEquals(LocalTime.of(13, 0), day.end());
        assertFalse(day.endsNextDay());
        TimeWindow toMidnight = TimeWindow.parse("18:00-24:00");
        assertTrue(toMidnight.endsNextDay());
        assertEquals(LocalTime.MIDNIGHT, toMidnight.end());
        assertEquals("18:00-24:00", toMidnight.toString());
        TimeWindow night = TimeWindow.parse("22:00-06:00");
        assertEquals(TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)), night);
        assertEquals("22:00-06:00", night.toString());
        assertEquals(TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT), TimeWindow.parse("00:00-24:00"));
        assertTrue(day.compareTo(night) < 0);
        assertTrue(TimeWindow.parse("08:30-12:00").compareTo(day) < 0);
        assertEquals(day.hashCode(), TimeWindow.parse("08:30-13:00").hashCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "08:30", "8-9", "08:30-", "-13:00", "25:00-26:00", "8:0-9:00", "x8:00-9:00", "08:00-08:00"})
    void badWindowTextIsRejected(String text) {
        assertThrows(ValidationException.class, () -> TimeWindow.parse(text));
    }

    @Test
    void windowRules() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> TimeWindow.of(LocalTime.of(17, 0), LocalTime.of(9, 0)));
        assertEquals("window.end", e.violations().get(0).path());
        assertEquals("end-after-start", e.violations().get(0).rule());
        assertEquals(
                "overnight",
                assertThrows(
                                ValidationException.class,
                                () -> TimeWindow.overnight(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(ValidationException.class, () -> TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        assertThrows(ValidationException.class, () -> TimeWindow.of(null, LocalTime.NOON));
        assertThrows(ValidationException.class, () -> TimeWindow.of(LocalTime.NOON, LocalTime.NOON));
        assertEquals(
                "12:00-12:00:00.000000001",
                TimeWindow.of(LocalTime.NOON, LocalTime.NOON.plusNanos(1)).toString());
        assertFalse(TimeWindow.parse("08:00-09:00").equals(TimeWindow.parse("08:00-10:00")));
        assertFalse(TimeWindow.parse("08:00-09:00").equals(TimeWindow.parse("07:00-09:00")));
        assertFalse(TimeWindow.parse("08:00-09:00").hashCode()
                == TimeWindow.parse("08:00-10:00").hashCode());
        assertEquals(
                TimeWindow.parse("23:00-00:00:01"), TimeWindow.overnight(LocalTime.of(23, 0), LocalTime.of(0, 0, 1)));
        assertEquals(TimeWindow.of(LocalTime.of(23, 0), LocalTime.of(23, 0, 1)), TimeWindow.parse("23:00-23:00:01"));
        assertThrows(ValidationException.class, () -> TimeWindow.parse(null));
    }

    /** Issue 7: one-digit hours are what people type; an empty window says it is empty. */
    @Test
    void oneDigitHoursAndEmptyWindows() {
        assertEquals(TimeWindow.parse("08:00-18:00"), TimeWindow.parse("8:00-18:00"));
        assertEquals(TimeWindow.parse("08:30-09:15"), TimeWindow.parse("8:30 - 9:15"));
        assertEquals(TimeWindow.parse("22:00-06:00"), TimeWindow.parse("22:00-6:00"));
        for (String empty : new String[] {"08:00-08:00", "8:00-08:00", "23:59:59-23:59:59"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> TimeWindow.parse(empty));
            assertEquals("not-empty", e.violations().get(0).rule(), empty);
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }
        assertEquals(
                "not-empty",
                assertThrows(
                                ValidationException.class,
                                () -> TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(22, 0)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "not-empty",
                assertThrows(ValidationException.class, () -> TimeWindow.of(LocalTime.NOON, LocalTime.NOON))
                        .violations()
                        .get(0)
                        .rule());
        // 00:00-00:00 and 00:00-24:00 are the whole day, not empty
        assertEquals(TimeWindow.parse("00:00-24:00"), TimeWindow.parse("00:00-00:00"));
        assertEquals(
                "format",
                assertThrows(ValidationException.class, () -> TimeWindow.parse("8-9"))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void compareToNullIsAValidationError() {
        ValidationException e = assertThrows(
                ValidationException.class, () -> TimeWindow.parse("08:00-09:00").compareTo(null));
        assertEquals("other", e.violations().get(0).path());
    }
}
