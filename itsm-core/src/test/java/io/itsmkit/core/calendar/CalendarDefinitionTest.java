package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarDefinitionTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static final String ROTA = String.join(
            "\n",
            "calendar Europe/Rome {",
            "  hours MONDAY 08:30-13:00 14:00-18:00",
            "  hours FRIDAY 08:30-13:00",
            "  hours SATURDAY 22:00-06:00",
            "  business-days MONDAY FRIDAY",
            "  holiday \"Festa della Repubblica\" fixed --06-02 from 2001",
            "  holiday \"Pasqua\" easter +0",
            "  holiday-source \"company-closures\"",
            "  special 2026-12-24 09:00-12:00",
            "  special 2026-12-31",
            "  closed 2026-06-10 12:00-15:00",
            "}");

    private static final HolidaySource CLOSURES = year -> List.of(new Holiday(LocalDate.of(year, 8, 14), "Bridge"));

    private static BusinessCalendar rota() {
        return BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.SATURDAY, TimeWindow.parse("22:00-06:00"))
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("14:00-18:00"), TimeWindow.parse("08:30-13:00"))
                .hours(DayOfWeek.FRIDAY, TimeWindow.parse("08:30-13:00"))
                .businessDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))
                .holidays(Holidays.of(
                        HolidayRule.easter("Pasqua", 0),
                        HolidayRule.fixed("Festa della Repubblica", MonthDay.of(6, 2))
                                .validFrom(2001)))
                .holidays("company-closures", CLOSURES)
                .specialHours(LocalDate.of(2026, 12, 31))
                .specialHours(LocalDate.of(2026, 12, 24), TimeWindow.parse("09:00-12:00"))
                .closed(LocalDate.of(2026, 6, 10), TimeWindow.parse("12:00-15:00"))
                .build();
    }

    @Test
    void theCanonicalTextForm() {
        assertEquals(ROTA, rota().definition().toString());
        assertEquals(ROTA, rota().toString());
        assertEquals(rota().definition(), CalendarDefinition.parse(ROTA));
    }

    @Test
    void aCalendarIsItsDefinition() {
        BusinessCalendar rota = rota();
        CalendarDefinition def = rota.definition();
        BusinessCalendar again = BusinessCalendar.of(def, Map.of("company-closures", CLOSURES, "unused", CLOSURES));
        assertEquals(rota, again);
        assertEquals(def, again.definition());
        assertEquals(rota.hashCode(), again.hashCode());
        // equality is by definition: a host source compares by name, not by object
        HolidaySource other = year -> List.of(new Holiday(LocalDate.of(year, 8, 14), "Bridge"));
        assertEquals(rota, BusinessCalendar.of(def, Map.of("company-closures", other)));
        // and the definition is data: every part can be read
        CalendarDefinition.Schedule s = (CalendarDefinition.Schedule) def;
        assertEquals(ROME, s.zone());
        assertEquals(
                List.of(TimeWindow.parse("08:30-13:00"), TimeWindow.parse("14:00-18:00")),
                s.hours().get(DayOfWeek.MONDAY));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), s.businessDays());
        assertEquals(Set.of("company-closures"), s.holidaySources());
        assertEquals(List.of(), s.specialHours().get(LocalDate.of(2026, 12, 31)));
        assertEquals(2, s.holidays().rules().size());
        assertEquals(0, def.depth());
    }

    @Test
    void equalLambdaDefinitionsGiveEqualCalendars() {
        BusinessCalendar a = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .holidays("h", year -> List.of())
                .build();
        BusinessCalendar b = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .holidays("h", year -> List.of())
                .build();
        assertEquals(a, b);
        assertNotEquals(
                a,
                BusinessCalendar.builder(ROME)
                        .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                        .holidays("other", year -> List.of())
                        .build());
    }

    @Test
    void unresolvedHostSourcesAreNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendar.of(rota().definition()));
        assertEquals("sources[company-closures]", e.violations().get(0).path());
        assertEquals("unresolved-holiday-source", e.violations().get(0).rule());
        Map<String, HolidaySource> withNull = new java.util.HashMap<>();
        withNull.put("company-closures", null);
        assertThrows(ValidationException.class, () -> BusinessCalendar.of(rota().definition(), withNull));
        assertThrows(ValidationException.class, () -> BusinessCalendar.of(null));
        assertThrows(ValidationException.class, () -> BusinessCalendar.of(rota().definition(), null));
    }

    @Test
    void combinationsNestAndRoundTrip() {
        BusinessCalendar rome = BusinessCalendar.weekdays(ROME, TimeWindow.parse("09:00-17:00"));
        BusinessCalendar ny = BusinessCalendar.weekdays(ZoneId.of("America/New_York"), TimeWindow.parse("09:00-17:00"));
        BusinessCalendar tokyo = BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Tokyo"));
        BusinessCalendar sun = rome.union(ny).intersection(tokyo);
        String text = String.join(
                "\n",
                "intersection {",
                "  union {",
                "    calendar Europe/Rome {",
                "      hours MONDAY 09:00-17:00",
                "      hours TUESDAY 09:00-17:00",
                "      hours WEDNESDAY 09:00-17:00",
                "      hours THURSDAY 09:00-17:00",
                "      hours FRIDAY 09:00-17:00",
                "      business-days MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY",
                "    }",
                "    calendar America/New_York {",
                "      hours MONDAY 09:00-17:00",
                "      hours TUESDAY 09:00-17:00",
                "      hours WEDNESDAY 09:00-17:00",
                "      hours THURSDAY 09:00-17:00",
                "      hours FRIDAY 09:00-17:00",
                "      business-days MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY",
                "    }",
                "  }",
                "  calendar Asia/Tokyo {",
                "    hours MONDAY 00:00-24:00",
                "    hours TUESDAY 00:00-24:00",
                "    hours WEDNESDAY 00:00-24:00",
                "    hours THURSDAY 00:00-24:00",
                "    hours FRIDAY 00:00-24:00",
                "    hours SATURDAY 00:00-24:00",
                "    hours SUNDAY 00:00-24:00",
                "    business-days MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY",
                "  }",
                "}");
        assertEquals(text, sun.toString());
        assertEquals(sun.definition(), CalendarDefinition.parse(text));
        assertEquals(sun, BusinessCalendar.of(CalendarDefinition.parse(text)));
        assertEquals(2, sun.definition().depth());
        assertEquals(ROME, sun.zone());
        assertEquals(ROME, sun.definition().zone());
        CalendarDefinition.Combined c = (CalendarDefinition.Combined) sun.definition();
        assertEquals(CalendarDefinition.Operation.INTERSECTION, c.operation());
        assertEquals(tokyo.definition(), c.right());
    }

    @Test
    void sixteenLevelsReadBackSeventeenDoNot() {
        BusinessCalendar c = BusinessCalendar.twentyFourSeven(ROME);
        for (int i = 0; i < CalendarDefinition.MAX_DEPTH; i++) {
            c = c.union(BusinessCalendar.weekdays(ZoneId.of("UTC"), TimeWindow.parse("09:00-10:00")));
        }
        String text = c.toString();
        assertEquals(c.definition(), CalendarDefinition.parse(text));
        String deeper = "union {\n" + text + "\ncalendar UTC {\n}\n}";
        ValidationException e = assertThrows(ValidationException.class, () -> CalendarDefinition.parse(deeper));
        assertTrue(e.getMessage().contains("nest at most 16"), e.getMessage());
        assertEquals(Set.of(), c.definition().holidaySourceNames());
        BusinessCalendar hosted =
                BusinessCalendar.builder(ROME).holidays("b", CLOSURES).build();
        BusinessCalendar both = rota().union(hosted);
        assertEquals(Set.of("b", "company-closures"), both.definition().holidaySourceNames());
        assertEquals(
                "unresolved-holiday-source",
                assertThrows(
                                ValidationException.class,
                                () -> BusinessCalendar.of(both.definition(), Map.of("company-closures", CLOSURES)))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void nestingIsBounded() {
        // an empty schedule: 2^16 copies of a 24x7 one would hold more than MAX_SIZE windows
        BusinessCalendar c = BusinessCalendar.builder(ROME).build();
        for (int i = 0; i < CalendarDefinition.MAX_DEPTH; i++) {
            c = c.union(c);
        }
        assertEquals(CalendarDefinition.MAX_DEPTH, c.definition().depth());
        BusinessCalendar deepest = c;
        ValidationException e = assertThrows(ValidationException.class, () -> deepest.union(deepest));
        assertEquals("max-depth", e.violations().get(0).rule());
        String tooDeep = "union {\n".repeat(CalendarDefinition.MAX_DEPTH + 1);
        assertEquals(
                "syntax",
                assertThrows(ValidationException.class, () -> CalendarDefinition.parse(tooDeep))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void readingIsLenientAboutLayoutAndDefaultsTheBusinessDays() {
        CalendarDefinition d = CalendarDefinition.parse(
                "\r\n\ncalendar   Europe/Rome   {\r\n hours saturday 8:00-12:00\n\n    hours SATURDAY 13:00-14:00\n}\n\n");
        CalendarDefinition.Schedule s = (CalendarDefinition.Schedule) d;
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY), s.businessDays());
        assertEquals(
                List.of(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-14:00")),
                s.hours().get(DayOfWeek.SATURDAY));
        CalendarDefinition none =
                CalendarDefinition.parse("calendar UTC {\nhours MONDAY 09:00-10:00\nbusiness-days\n}");
        assertEquals(Set.of(), ((CalendarDefinition.Schedule) none).businessDays());
        assertEquals("calendar UTC {\n  hours MONDAY 09:00-10:00\n  business-days\n}", none.toString());
    }

    /** Each malformed definition names its line and says what was expected. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "''|1|expected calendar ZONE",
                "calendar|1|a time zone",
                "calendar Mars/Olympus {|1|a time zone",
                "calendar UTC|1|expected {",
                "calendar UTC [|1|expected {",
                "calendar UTC { hours|1|unexpected",
                "calendar UTC {|1|the text ends",
                "calendar UTC {\\nhours FUNDAY 09:00-10:00\\n}|2|a weekday",
                "calendar UTC {\\nhours MONDAY\\n}|2|a window",
                "calendar UTC {\\nhours MONDAY 9-10\\n}|2|must be H:mm-H:mm",
                "calendar UTC {\\nhours MONDAY 09:00-09:00\\n}|2|empty",
                "calendar UTC {\\nbusiness-days MONDAY SOMEDAY\\n}|2|a weekday",
                "calendar UTC {\\nholiday Christmas fixed --12-25\\n}|2|double quotes",
                "calendar UTC {\\nholiday \"X\" fixed --12-25 observed NEVER\\n}|2|an observance",
                "calendar UTC {\\nholiday-source company\\n}|2|double quotes",
                "calendar UTC {\\nholiday \"X\" fixed --12-25 yearly\\n}|2|unexpected",
                "calendar UTC {\\nholiday-source \"a\" \"b\"\\n}|2|unexpected",
                "calendar UTC {\\nspecial 2026-02-30\\n}|2|a date",
                "calendar UTC {\\nclosed 2026-02-03\\n}|2|a window",
                "calendar UTC {\\nopen 2026-02-03\\n}|2|found 'open'",
                "calendar UTC {\\n}\\ncalendar UTC {\\n}|3|after the definition",
                "calendar UTC {\\n} }|2|unexpected",
                "union {\\ncalendar UTC {\\n}\\n}|4|expected calendar",
                "union {\\ncalendar UTC {\\n}\\ncalendar UTC {\\n}\\ncalendar UTC {\\n}|6|expected }",
                "union {\\ncalendar UTC {\\n}\\ncalendar UTC {\\n}\\n} x|6|unexpected",
                "union x|1|expected {",
                "union|1|expected {",
                "join {|1|found 'join'"
            })
    void malformedTextIsASyntaxErrorNamingTheLine(String text, int line, String says) {
        String t = text.equals("''") ? "" : text.replace("\\n", "\n");
        ValidationException e = assertThrows(ValidationException.class, () -> CalendarDefinition.parse(t));
        assertEquals("definition.line[" + line + "]", e.violations().get(0).path(), e.getMessage());
        assertEquals("syntax", e.violations().get(0).rule(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void aDefinitionThatReadsButIsNotValidBreaksItsRule() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> CalendarDefinition.parse("calendar UTC {\nhours MONDAY 09:00-12:00 11:00-13:00\n}"));
        assertEquals("hours[MONDAY]", e.violations().get(0).path());
        assertEquals("no-overlap", e.violations().get(0).rule());
        assertEquals(
                "specialHours[2026-01-02]",
                assertThrows(
                                ValidationException.class,
                                () -> CalendarDefinition.parse(
                                        "calendar UTC {\nspecial 2026-01-02 08:00-12:00 09:00-10:00\n}"))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "rule.days",
                assertThrows(
                                ValidationException.class,
                                () -> CalendarDefinition.parse("calendar UTC {\nholiday \"x\" easter +200\n}"))
                        .violations()
                        .get(0)
                        .path());
        assertThrows(ValidationException.class, () -> CalendarDefinition.parse(null));
        // touching special windows are fine
        CalendarDefinition.parse("calendar UTC {\nspecial 2026-01-02 08:00-12:00 12:00-13:00\n}");
    }

    @Test
    void schedulesValidateEveryPart() {
        Map<DayOfWeek, List<TimeWindow>> noHours = Map.of();
        Holidays none = Holidays.none();
        assertPath(
                "zone",
                () -> new CalendarDefinition.Schedule(null, noHours, Set.of(), none, Set.of(), Map.of(), Map.of()));
        assertPath(
                "hours",
                () -> new CalendarDefinition.Schedule(ROME, null, Set.of(), none, Set.of(), Map.of(), Map.of()));
        assertPath(
                "businessDays",
                () -> new CalendarDefinition.Schedule(ROME, noHours, null, none, Set.of(), Map.of(), Map.of()));
        assertPath(
                "holidays",
                () -> new CalendarDefinition.Schedule(ROME, noHours, Set.of(), null, Set.of(), Map.of(), Map.of()));
        assertPath(
                "holidaySources",
                () -> new CalendarDefinition.Schedule(ROME, noHours, Set.of(), none, null, Map.of(), Map.of()));
        assertPath(
                "specialHours",
                () -> new CalendarDefinition.Schedule(ROME, noHours, Set.of(), none, Set.of(), null, Map.of()));
        assertPath(
                "closures",
                () -> new CalendarDefinition.Schedule(ROME, noHours, Set.of(), none, Set.of(), Map.of(), null));
        List<TimeWindow> withNull = new ArrayList<>();
        withNull.add(TimeWindow.parse("08:00-09:00"));
        withNull.add(null);
        assertPath(
                "hours[MONDAY][1]",
                () -> new CalendarDefinition.Schedule(
                        ROME, Map.of(DayOfWeek.MONDAY, withNull), Set.of(), none, Set.of(), Map.of(), Map.of()));
        Set<DayOfWeek> daysWithNull = new java.util.HashSet<>();
        daysWithNull.add(null);
        assertPath(
                "businessDays[0]",
                () -> new CalendarDefinition.Schedule(ROME, noHours, daysWithNull, none, Set.of(), Map.of(), Map.of()));
        assertPath(
                "holidaySources[]",
                () -> new CalendarDefinition.Schedule(ROME, noHours, Set.of(), none, Set.of(" "), Map.of(), Map.of()));
        assertPath("operation", () -> new CalendarDefinition.Combined(null, rota().definition(), rota().definition()));
        assertPath(
                "left",
                () -> new CalendarDefinition.Combined(CalendarDefinition.Operation.UNION, null, rota().definition()));
        assertPath(
                "right",
                () -> new CalendarDefinition.Combined(CalendarDefinition.Operation.UNION, rota().definition(), null));
        // empty window lists are dropped, except special hours, where an empty list closes the date
        CalendarDefinition.Schedule s = new CalendarDefinition.Schedule(
                ROME,
                Map.of(DayOfWeek.MONDAY, List.of()),
                Set.of(),
                none,
                Set.of(),
                Map.of(LocalDate.of(2026, 1, 1), List.of()),
                Map.of(LocalDate.of(2026, 1, 2), List.of()));
        assertEquals(Map.of(), s.hours());
        assertEquals(Map.of(), s.closures());
        assertEquals(Map.of(LocalDate.of(2026, 1, 1), List.of()), s.specialHours());
    }

    private static void assertPath(String path, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(path, e.violations().get(0).path(), e.getMessage());
    }

    /**
     * Issue 6: 100,000 bad windows built an 82 MB message; the list is capped and says how many more. (Since
     * the review of issue 7 a definition holds at most {@link CalendarDefinition#MAX_SIZE} items, so the
     * case is 5 days of 2,000 windows.)
     */
    @Test
    void aHugeListOfBadWindowsGivesAShortMessage() {
        TimeWindow[] windows = new TimeWindow[2_000];
        java.util.Arrays.fill(windows, TimeWindow.parse("08:00-12:00"));
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendar.weekdays(ROME, windows));
        assertEquals(Checks.Collector.MAX_REPORTED + 1, e.violations().size());
        assertEquals(
                "more-violations",
                e.violations().get(Checks.Collector.MAX_REPORTED).rule());
        // 5 days x 2,000 equal windows: each overlaps the next of its day, 1,999 a day
        assertEquals(
                String.valueOf(5 * 1_999 - Checks.Collector.MAX_REPORTED),
                e.violations().get(Checks.Collector.MAX_REPORTED).offendingValue());
        assertTrue(
                e.getMessage().length() < 30_000, "message of " + e.getMessage().length() + " characters");
        assertTrue(
                e.getMessage()
                        .contains((5 * 1_999 - Checks.Collector.MAX_REPORTED)
                                + " more violations were found and not listed"),
                e.getMessage());
    }

    /**
     * Review of issue 7: a definition's size was unbounded. It holds at most {@link CalendarDefinition#MAX_SIZE}
     * items (rules, source names, windows, special days and their windows, closures), over a whole union.
     */
    @Test
    void aDefinitionHoldsAtMostMaxSizeItems() {
        List<HolidayRule> rules = new ArrayList<>();
        for (int i = 0; i < CalendarDefinition.MAX_SIZE - 3; i++) {
            rules.add(HolidayRule.on("day " + i, LocalDate.of(2000, 1, 1).plusDays(i)));
        }
        Map<DayOfWeek, List<TimeWindow>> monday = Map.of(DayOfWeek.MONDAY, List.of(TimeWindow.parse("9:00-17:00")));
        Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY);
        Map<LocalDate, List<TimeWindow>> special = Map.of(LocalDate.of(2026, 1, 2), List.of());
        // 9,997 rules + 1 window + 1 special date + 1 source name = 10,000: the most allowed
        CalendarDefinition.Schedule full = new CalendarDefinition.Schedule(
                ROME, monday, days, Holidays.of(rules), Set.of("host"), special, Map.of());
        assertEquals(CalendarDefinition.MAX_SIZE, full.size());
        assertEquals(full, CalendarDefinition.parse(full.toString()));
        // one more item of any kind is refused
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new CalendarDefinition.Schedule(
                        ROME,
                        monday,
                        days,
                        Holidays.of(rules),
                        Set.of("host"),
                        special,
                        Map.of(LocalDate.of(2026, 1, 5), List.of(TimeWindow.parse("12:00-13:00")))));
        assertEquals("definition", e.violations().get(0).path());
        assertEquals("max-size", e.violations().get(0).rule());
        assertEquals("10001", e.violations().get(0).offendingValue());
        assertEquals(
                "max-size",
                assertThrows(
                                ValidationException.class,
                                () -> CalendarDefinition.parse(full.toString().replace("}", "special 2030-01-01\n}")))
                        .violations()
                        .get(0)
                        .rule());
        // a union counts both operands
        CalendarDefinition.Schedule half = new CalendarDefinition.Schedule(
                ROME, monday, days, Holidays.of(rules.subList(0, 4_999)), Set.of(), Map.of(), Map.of());
        assertEquals(5_000, half.size());
        CalendarDefinition.Combined two =
                new CalendarDefinition.Combined(CalendarDefinition.Operation.UNION, half, half);
        assertEquals(10_000, two.size());
        ValidationException u = assertThrows(
                ValidationException.class,
                () -> new CalendarDefinition.Combined(CalendarDefinition.Operation.UNION, two, rota().definition()));
        assertEquals("max-size", u.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> BusinessCalendar.of(two).union(rota()));
    }

    /** Holidays known from a year are part of the definition and of its text form. */
    @Test
    void holidaysKnownFromAYearRoundTrip() {
        BusinessCalendar office = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("9:00-17:00"))
                .holidays(Holidays.of(HolidayRule.fixed("Natale", MonthDay.of(12, 25)))
                        .knownFrom(1950))
                .build();
        String text = String.join(
                "\n",
                "calendar Europe/Rome {",
                "  hours MONDAY 09:00-17:00",
                "  business-days MONDAY",
                "  holidays-known-from 1950",
                "  holiday \"Natale\" fixed --12-25",
                "}");
        assertEquals(text, office.definition().toString());
        assertEquals(office.definition(), CalendarDefinition.parse(text));
        assertEquals(office, BusinessCalendar.of(CalendarDefinition.parse(text)));
        assertEquals(LocalDate.of(1950, 1, 1), office.firstDate());
        // the default is not written, and reads back the same
        assertEquals(
                CalendarDefinition.parse(text.replace("  holidays-known-from 1950\n", "")),
                CalendarDefinition.parse(text.replace("1950", String.valueOf(Holidays.FIRST_YEAR))));
        ValidationException early =
                assertThrows(ValidationException.class, () -> CalendarDefinition.parse(text.replace("1950", "1582")));
        assertEquals("knownFrom", early.violations().get(0).path());
        assertEquals(
                "syntax",
                assertThrows(ValidationException.class, () -> CalendarDefinition.parse(text.replace("1950", "MCML")))
                        .violations()
                        .get(0)
                        .rule());
        // a calendar needs dates: holidays known only from 2150 on are refused
        ValidationException late = assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME)
                        .holidays(Holidays.none().knownFrom(2150))
                        .build());
        assertEquals("holidays.firstKnownYear", late.violations().get(0).path());
        assertEquals("in-range", late.violations().get(0).rule());
        BusinessCalendar last = BusinessCalendar.builder(ZoneId.of("Pacific/Pago_Pago"))
                .holidays(Holidays.none().knownFrom(2149))
                .build();
        assertEquals(LocalDate.of(2149, 1, 1), last.firstDate());
        assertEquals(LocalDate.of(2149, 12, 31), last.lastDate());
    }
}
