package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.CalendarDefinition;
import io.itsmkit.core.calendar.HolidayRule;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.calendar.spi.Holiday;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calendar fixtures themselves: deterministic per seed, valid, varied, and keeping the source contract. */
class CalendarFixturesProperties {

    @Test
    void theSameSeedGivesTheSameSample() {
        Stream.of(
                        CalendarFixtures.definitions(),
                        CalendarFixtures.businessCalendars(),
                        CalendarFixtures.holidays(),
                        CalendarFixtures.holidayRules(),
                        CalendarFixtures.timeWindows())
                .forEach(s -> assertEquals(s.sample(new SplittableRandom(7)), s.sample(new SplittableRandom(7))));
    }

    /** Host sources answer dates of the asked year or the years next to it, as the SPI contract says. */
    @Test
    void hostSourcesAnswerTheAskedYearOrItsNeighbours() {
        qt().forAll(org.quicktheories.generators.SourceDSL.integers().between(1898, 2151))
                .check(year -> CalendarFixtures.hostSources().values().stream()
                        .flatMap(s -> s.holidaysIn(year).stream())
                        .allMatch(h -> Math.abs(h.date().getYear() - year) <= 1));
        // and some of them do report neighbouring years
        assertTrue(Stream.iterate(2000, y -> y + 1)
                .limit(50)
                .flatMap(y -> CalendarFixtures.hostSources().values().stream()
                        .flatMap(s ->
                                s.holidaysIn(y).stream().filter(h -> h.date().getYear() != y)))
                .findAny()
                .isPresent());
    }

    @Test
    void timeWindowsRoundTripThroughText() {
        qt().forAll(CalendarFixtures.timeWindows().gen()).check(w -> w.equals(TimeWindow.parse(w.toString())));
    }

    @Test
    void definitionsVaryAndBuild() {
        SplittableRandom r = new SplittableRandom(3);
        var defs = CalendarFixtures.definitions().sampleList(r, 200, 200);
        assertTrue(defs.stream().anyMatch(d -> d instanceof CalendarDefinition.Combined));
        assertTrue(defs.stream().anyMatch(d -> !d.holidaySourceNames().isEmpty()));
        Set<String> rules = defs.stream()
                .filter(d -> d instanceof CalendarDefinition.Schedule)
                .flatMap(d -> ((CalendarDefinition.Schedule) d).holidays().rules().stream())
                .map(rule -> rule.when().getClass().getSimpleName() + " " + rule.observance())
                .collect(Collectors.toSet());
        assertTrue(rules.size() >= 20, rules.toString());
        defs.forEach(d -> assertEquals(
                d, BusinessCalendar.of(d, CalendarFixtures.hostSources()).definition()));
        Holiday any = CalendarFixtures.hostSources().get("host-a").holidaysIn(2020).stream()
                .findFirst()
                .orElse(new Holiday(java.time.LocalDate.of(2020, 1, 1), "none"));
        assertTrue(any.name().startsWith("host") || any.name().equals("none"));
    }

    @Test
    void combinedDefinitionsBuildAndHolidayDatesAndSourceHolidaysVary() {
        qt().forAll(CalendarFixtures.combinedDefinitions().gen())
                .check(d -> d.equals(
                        BusinessCalendar.of(d, CalendarFixtures.hostSources()).definition()));
        SplittableRandom r = new SplittableRandom(4);
        assertEquals(
                Set.of(HolidayRule.When.class.getPermittedSubclasses()),
                CalendarFixtures.holidayDates().sampleList(r, 200, 200).stream()
                        .map(Object::getClass)
                        .collect(Collectors.toSet()));
        qt().forAll(CalendarFixtures.sourceHolidays().gen())
                .check(h ->
                        !h.date().isBefore(CalendarFixtures.FROM) && !h.date().isAfter(CalendarFixtures.TO));
    }
}
