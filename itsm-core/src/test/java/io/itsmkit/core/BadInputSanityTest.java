package io.itsmkit.core;

import io.itsmkit.core.testkit.BadInputSanity;
import org.junit.jupiter.api.Test;

/**
 * Bad input never leaks from any public package of itsm-core: every public constructor, factory, method and
 * reachable builder, with nulls and extreme values, returns or throws an ItsmException naming the field.
 * CI makes {@value BadInputSanity#DEFAULT_CALLS} calls; {@code -Psanity} makes 1,000,000.
 */
class BadInputSanityTest {
    @Test
    void badInputNeverLeaks() {
        BadInputSanity.withCoreSamples()
                .check(
                        "io.itsmkit.core.audit",
                        "io.itsmkit.core.cmdb",
                        "io.itsmkit.core.error",
                        "io.itsmkit.core.id",
                        "io.itsmkit.core.inmemory",
                        "io.itsmkit.core.label",
                        "io.itsmkit.core.lifecycle",
                        "io.itsmkit.core.organisation",
                        "io.itsmkit.core.priority",
                        "io.itsmkit.core.recurrence",
                        "io.itsmkit.core.spi",
                        "io.itsmkit.core.style",
                        "io.itsmkit.core.ticket",
                        "io.itsmkit.core.timeline");
        // io.itsmkit.core.calendar joins when the calendars issue (#7) lands its fixes of the calendar leaks
    }
}
