package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.ValidationException;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Review of issue 7: what a calendar promises about host {@link HolidaySource}s. Asked once per year of the
 * horizon and never outside it, with one kept answer per name across the operands of a union; every
 * failure wrapped in a {@link HolidaySourceException} naming the source, the zone and the year; one name,
 * one source.
 */
class HolidaySourcesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static BusinessCalendar desk(ZoneId zone, String name, HolidaySource source) {
        return BusinessCalendar.builder(zone)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .holidays(name, source)
                .build();
    }

    /** Uses every year of a calendar: its business days, its working time and its holidays, end to end. */
    private static void useTheWholeHorizon(BusinessCalendar c) {
        c.businessDaysBetween(c.firstDate(), c.lastDate());
        c.workingTimeBetween(c.horizonStart(), BusinessCalendar.HORIZON_END);
        for (int y = c.firstDate().getYear(); y <= c.lastDate().getYear(); y++) {
            c.holidaysIn(y);
        }
        c.addBusinessDays(c.firstDate(), 1000);
        c.subtractBusinessDays(c.lastDate(), 1000);
    }

    private static Set<Integer> years(int from, int to) {
        return new TreeSet<>(IntStream.rangeClosed(from, to).boxed().toList());
    }

    /** A source that counts the years it is asked for and answers one holiday a year. */
    private static final class Counting implements HolidaySource {
        final Map<Integer, AtomicInteger> asked = new ConcurrentHashMap<>();

        @Override
        public List<Holiday> holidaysIn(int year) {
            asked.computeIfAbsent(year, y -> new AtomicInteger()).incrementAndGet();
            return List.of(new Holiday(LocalDate.of(year, 8, 14), "Ferragosto bridge"));
        }

        void assertAskedOnceFor(Set<Integer> years) {
            assertEquals(years, new TreeSet<>(asked.keySet()));
            asked.forEach((year, n) -> assertEquals(1, n.get(), "asked for " + year + " " + n + " times"));
        }
    }

    /**
     * "The Javadoc says a host source is asked once per year": it was asked for 1898 and 2151, outside the
     * horizon, and once per operand of a union. Now exactly once for each year of the horizon's dates in the
     * zone: 1900 to 2150 in Kathmandu (+05:45), 1899 to 2149 in New York, 1950 to 2150 with Italy's rules.
     */
    @Test
    void aSourceIsAskedExactlyOncePerYearOfTheHorizonAndNeverOutsideIt() {
        Counting east = new Counting();
        useTheWholeHorizon(desk(KATHMANDU, "count", east));
        east.assertAskedOnceFor(years(1900, 2150));
        Counting west = new Counting();
        useTheWholeHorizon(desk(NEW_YORK, "count", west));
        west.assertAskedOnceFor(years(1899, 2149));
        Counting italian = new Counting();
        useTheWholeHorizon(BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("9:00-17:00"))
                .holidays(Holidays.italy())
                .holidays("count", italian)
                .build());
        italian.assertAskedOnceFor(years(1950, 2150));
    }

    /** The operands of a union share one kept answer per source name, built from a definition or with union(). */
    @Test
    void theOperandsOfAUnionShareOneAnswerPerSource() {
        Counting counting = new Counting();
        BusinessCalendar kathmandu = desk(KATHMANDU, "count", counting);
        BusinessCalendar newYork = desk(NEW_YORK, "count", counting);
        BusinessCalendar both = kathmandu.union(newYork);
        useTheWholeHorizon(both);
        // each operand asks for the years of its own zone's horizon, and no year twice
        counting.assertAskedOnceFor(years(1899, 2150));
        counting.asked.clear();
        BusinessCalendar nested = BusinessCalendar.of(
                new CalendarDefinition.Combined(
                        CalendarDefinition.Operation.INTERSECTION,
                        both.definition(),
                        desk(ROME, "count", counting).definition()),
                Map.of("count", counting));
        useTheWholeHorizon(nested);
        counting.assertAskedOnceFor(years(1899, 2150));
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 8, 14), "Ferragosto bridge")), both.holidaysIn(2026));
    }

    /** One name stands for one source: a union binding it to two sources is refused, naming the name. */
    @Test
    void aUnionBindingOneNameToTwoSourcesIsRefused() {
        HolidaySource one = year -> List.of();
        HolidaySource other = year -> List.of(new Holiday(LocalDate.of(year, 8, 14), "bridge"));
        BusinessCalendar a = desk(ROME, "closures", one);
        BusinessCalendar b = desk(NEW_YORK, "closures", other);
        for (Supplier<BusinessCalendar> combine : List.<Supplier<BusinessCalendar>>of(
                () -> a.union(b), () -> a.intersection(b), () -> a.union(a.intersection(b)))) {
            ValidationException e = assertThrows(ValidationException.class, combine::get);
            assertEquals("holidaySources[closures]", e.violations().get(0).path());
            assertEquals("unique-name", e.violations().get(0).rule());
            assertEquals("closures", e.violations().get(0).offendingValue());
        }
        // the same source under the same name is fine, and so are different names
        assertEquals(
                a.definition(),
                ((CalendarDefinition.Combined)
                                a.union(desk(NEW_YORK, "closures", one)).definition())
                        .left());
        assertTrue(a.union(desk(NEW_YORK, "other", other)).isBusinessDay(LocalDate.of(2026, 8, 13)));
    }

    // --- every failure of a source is a HolidaySourceException -----------------------------------------

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** A list that answers a good holiday the first time it is read, and null afterwards. */
    private static final class ChangingList extends AbstractList<Holiday> {
        private final Holiday first;
        private int reads;

        ChangingList(Holiday first) {
            this.first = first;
        }

        @Override
        @SuppressWarnings("NullAway")
        public Holiday get(int i) {
            return reads++ == 0 ? first : null;
        }

        @Override
        public int size() {
            return 1;
        }
    }

    static Stream<Arguments> badSources() {
        List<Object> notHolidays = new ArrayList<>();
        notHolidays.add("2026-08-14");
        List<Holiday> holdingNull = new ArrayList<>();
        holdingNull.add(new Holiday(LocalDate.of(2026, 1, 1), "ok"));
        holdingNull.add(null);
        @SuppressWarnings("unchecked")
        List<Holiday> polluted = (List<Holiday>) (List<?>) notHolidays;
        return Stream.of(
                Arguments.of("a checked exception", (HolidaySource) year -> {
                    throw HolidaySourcesTest.<RuntimeException>sneaky(new IOException("holiday service down"));
                }),
                Arguments.of("a runtime exception", (HolidaySource) year -> {
                    throw new IllegalStateException("holiday service down");
                }),
                Arguments.of("an assertion error", (HolidaySource) year -> {
                    throw new AssertionError("holiday service down");
                }),
                Arguments.of("a linkage error", (HolidaySource) year -> {
                    throw new NoClassDefFoundError("holiday/service/Down");
                }),
                Arguments.of("null", (HolidaySource) year -> null),
                Arguments.of("a list holding null", (HolidaySource) year -> holdingNull),
                Arguments.of("a list holding a string", (HolidaySource) year -> polluted),
                Arguments.of("two years later", (HolidaySource)
                        year -> List.of(new Holiday(LocalDate.of(year + 2, 1, 1), "later"))),
                Arguments.of("two years earlier", (HolidaySource)
                        year -> List.of(new Holiday(LocalDate.of(year - 2, 12, 31), "earlier"))),
                Arguments.of("a list that fails while copied", (HolidaySource) year -> new AbstractList<Holiday>() {
                    @Override
                    public Holiday get(int i) {
                        throw new ConcurrentModificationException();
                    }

                    @Override
                    public int size() {
                        return 1;
                    }
                }));
    }

    /**
     * Every way a source can fail reaches the caller as a {@link HolidaySourceException} (kind HOST_FAILURE)
     * naming the source, the zone and the year, from every method that needs holidays; and the year is asked
     * again next time.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badSources")
    void everyFailureIsWrappedNamingSourceZoneAndYear(String what, HolidaySource bad) {
        BusinessCalendar desk = desk(KATHMANDU, "holiday-service", bad);
        Instant t = Instant.parse("2026-06-08T06:00:00Z");
        List<Runnable> calls = List.of(
                () -> desk.isWorkingTime(t),
                () -> desk.isBusinessDay(LocalDate.of(2026, 6, 8)),
                () -> desk.holidaysIn(2026),
                () -> desk.addWorkingTime(t, java.time.Duration.ofHours(1)),
                () -> desk.addBusinessDays(LocalDate.of(2026, 6, 8), 3),
                () -> desk.union(BusinessCalendar.twentyFourSeven(ROME)).holidaysIn(2026));
        for (Runnable call : calls) {
            HolidaySourceException e = assertThrows(HolidaySourceException.class, call::run, what);
            assertEquals(ItsmException.Kind.HOST_FAILURE, e.kind());
            assertEquals("holidaySources[holiday-service]", e.plugin());
            assertEquals("holiday-source", e.rule());
            assertEquals("holiday-service", e.source());
            assertEquals(KATHMANDU, e.zone());
            assertTrue(e.year() >= 2025 && e.year() <= 2027, e.getMessage());
            assertTrue(e.getMessage().contains("\"holiday-service\""), e.getMessage());
            assertTrue(e.getMessage().contains("Asia/Kathmandu"), e.getMessage());
            assertTrue(e.getMessage().contains("asked for " + e.year()), e.getMessage());
        }
    }

    @Test
    void theCauseIsKeptAndTheInterruptFlagRestored() {
        HolidaySource interrupted = year -> {
            throw HolidaySourcesTest.<RuntimeException>sneaky(new InterruptedException("stop"));
        };
        BusinessCalendar desk = desk(ROME, "slow", interrupted);
        HolidaySourceException e =
                assertThrows(HolidaySourceException.class, () -> desk.isBusinessDay(LocalDate.of(2026, 6, 8)));
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
        HolidaySource failing = year -> {
            throw new IllegalStateException("down");
        };
        HolidaySourceException f = assertThrows(
                HolidaySourceException.class,
                () -> desk(ROME, "down", failing).isBusinessDay(LocalDate.of(2026, 6, 8)));
        assertInstanceOf(IllegalStateException.class, f.getCause());
        assertNull(assertThrows(
                        HolidaySourceException.class,
                        () -> desk(ROME, "null", year -> null).isBusinessDay(LocalDate.of(2026, 6, 8)))
                .getCause());
    }

    /** A virtual machine error (out of memory, stack overflow) is not the source's fault to report: it passes. */
    @Test
    void virtualMachineErrorsPassThrough() {
        OutOfMemoryError oom = new OutOfMemoryError("test");
        BusinessCalendar desk = desk(ROME, "greedy", year -> {
            throw oom;
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> desk.isBusinessDay(LocalDate.of(2026, 6, 8))));
    }

    /**
     * The answer is copied in a single pass: a list that changes after it is first read cannot slip a null
     * (or anything else) past the checks; the calendar uses what it checked.
     */
    @Test
    void theAnswerIsCopiedOnceAndTheCopyIsWhatIsUsed() {
        BusinessCalendar desk =
                desk(ROME, "changing", year -> new ChangingList(new Holiday(LocalDate.of(year, 6, 8), "Changing")));
        assertFalse(desk.isBusinessDay(LocalDate.of(2026, 6, 8)));
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 6, 8), "Changing")), desk.holidaysIn(2026));
    }

    // --- years outside the horizon ---------------------------------------------------------------------

    /**
     * {@code holidaysIn} for a year outside the horizon is a {@link ValidationException} naming the field and
     * the rule, never an empty list or another exception; the first and last years answer.
     */
    @Test
    void holidaysOfAYearOutsideTheHorizonAreRefused() {
        BusinessCalendar italian = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("9:00-17:00"))
                .holidays(Holidays.italy())
                .build();
        BusinessCalendar utc = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        BusinessCalendar newYork = BusinessCalendar.twentyFourSeven(NEW_YORK);
        BusinessCalendar kathmandu = BusinessCalendar.twentyFourSeven(KATHMANDU);
        Map<BusinessCalendar, int[]> horizons = Map.of(
                utc,
                new int[] {1900, 2150},
                newYork,
                new int[] {1899, 2149},
                kathmandu,
                new int[] {1900, 2150},
                italian,
                new int[] {1950, 2150},
                kathmandu.union(newYork),
                new int[] {1900, 2149},
                newYork.intersection(italian),
                new int[] {1950, 2149});
        horizons.forEach((c, years) -> {
            assertEquals(years[0], c.firstDate().getYear(), c.toString());
            assertEquals(years[1], c.lastDate().getYear(), c.toString());
            c.holidaysIn(years[0]);
            c.holidaysIn(years[1]);
            for (int year : new int[] {years[0] - 1, years[1] + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                ValidationException e = assertThrows(ValidationException.class, () -> c.holidaysIn(year));
                assertEquals("year", e.violations().get(0).path());
                assertEquals("within-horizon", e.violations().get(0).rule());
                assertEquals(String.valueOf(year), e.violations().get(0).offendingValue());
            }
        });
    }
}
