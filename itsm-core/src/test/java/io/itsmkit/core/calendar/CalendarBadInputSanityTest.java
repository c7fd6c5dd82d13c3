package io.itsmkit.core.calendar;

import io.itsmkit.core.testkit.BadInputSanity;
import io.itsmkit.core.testkit.CalendarFixtures;
import org.junit.jupiter.api.Test;

/**
 * Bad input never leaks from the calendar packages (issue 6): every public constructor, factory, method and
 * reachable builder of {@code io.itsmkit.core.calendar} and its {@code spi}, called with nulls and extreme
 * values, returns or throws an ItsmException naming the field.
 */
class CalendarBadInputSanityTest {
    @Test
    void badInputNeverLeaks() {
        CalendarFixtures.sanitySamples(BadInputSanity.withCoreSamples()).check("io.itsmkit.core.calendar");
    }
}
