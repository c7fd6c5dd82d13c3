package io.itsmkit.budget;

import io.itsmkit.budget.testkit.BudgetFixtures;
import io.itsmkit.core.testkit.BadInputSanity;
import org.junit.jupiter.api.Test;

/**
 * Bad input never leaks from any public package of itsm-budget: every public constructor, factory, method
 * and reachable builder, with nulls and extreme values (1E+1000000, LocalDate.MAX, Integer.MIN_VALUE, huge
 * periods and collections, collections holding null), returns or throws an ItsmException naming the field.
 */
class BadInputSanityTest {
    @Test
    void badInputNeverLeaks() {
        BadInputSanity.Report report = BudgetFixtures.sanity().check("io.itsmkit.budget");
        System.out.println("bad-input sanity of itsm-budget: " + report.describe());
    }
}
