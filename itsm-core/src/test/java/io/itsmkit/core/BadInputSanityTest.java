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
        BadInputSanity.Report report = BadInputSanity.withCoreSamples().check("io.itsmkit.core");
        System.out.println("bad-input sanity of itsm-core: " + report.describe());
    }
}
