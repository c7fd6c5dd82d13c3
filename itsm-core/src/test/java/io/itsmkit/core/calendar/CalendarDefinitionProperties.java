package io.itsmkit.core.calendar;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.CalendarFixtures;
import io.itsmkit.core.testkit.Sampler;
import org.junit.jupiter.api.Test;

/** Random definitions (schedules and combinations, every rule kind, host source names) as values and as text. */
class CalendarDefinitionProperties {
    private static final int EXAMPLES = Math.min(300, Integer.getInteger("QT_EXAMPLES", 300));

    @Test
    void theTextFormParsesBackToAnEqualDefinition() {
        qt().withExamples(EXAMPLES).forAll(CalendarFixtures.definitions().gen()).check(d -> {
            String text = d.toString();
            CalendarDefinition back = CalendarDefinition.parse(text);
            return back.equals(d)
                    && back.hashCode() == d.hashCode()
                    && back.toString().equals(text);
        });
    }

    /** Indentation and blank lines are layout only. */
    @Test
    void layoutDoesNotMatter() {
        qt().withExamples(EXAMPLES)
                .forAll(CalendarFixtures.definitions().gen())
                .check(d -> CalendarDefinition.parse("\n" + d.toString().replace("\n", "\n\n   \t") + "\n\n")
                        .equals(d));
    }

    @Test
    void aCalendarRoundTripsThroughItsDefinition() {
        qt().withExamples(EXAMPLES).forAll(CalendarFixtures.definitions().gen()).check(d -> {
            BusinessCalendar c = BusinessCalendar.of(d, CalendarFixtures.hostSources());
            BusinessCalendar again = BusinessCalendar.of(c.definition(), CalendarFixtures.hostSources());
            return c.definition().equals(d)
                    && again.equals(c)
                    && again.hashCode() == c.hashCode()
                    && c.toString().equals(d.toString())
                    && c.zone().equals(d.zone());
        });
    }

    /** Calendars are equal exactly when their definitions are. */
    @Test
    void equalityIsByDefinition() {
        Sampler<CalendarDefinition[]> pairs = r -> new CalendarDefinition[] {
            CalendarFixtures.definitions().sample(r),
            CalendarFixtures.definitions().sample(r)
        };
        qt().withExamples(EXAMPLES).forAll(pairs.gen()).check(p -> {
            BusinessCalendar a = BusinessCalendar.of(p[0], CalendarFixtures.hostSources());
            BusinessCalendar b = BusinessCalendar.of(p[1], CalendarFixtures.hostSources());
            return a.equals(b) == p[0].equals(p[1]) && !a.equals(null) && !a.equals(p[0]);
        });
    }
}
