package io.itsmkit.budget;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.itsmkit.core.testkit.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.itsmkit.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);

    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    /** No double or float in budget code at all: besides fields and results (core's rules), no parameters. */
    @ArchTest
    static final ArchRule NO_FLOATING_POINT_PARAMETERS = noCodeUnits()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("io.itsmkit.budget..")
            .should()
            .haveRawParameterTypes(DescribedPredicate.describe(
                    "a double or float parameter",
                    (java.util.List<JavaClass> types) -> types.stream().anyMatch(t -> FLOATING.contains(t.getName()))))
            .because("money and ratios are exact BigDecimals");

    /** The parameter rule is not vacuous: it flags a class that takes a double. */
    @Test
    void theParameterRuleFlagsADoubleParameter() {
        assertFalse(NO_FLOATING_POINT_PARAMETERS
                .evaluate(new ClassFileImporter().importClasses(BadDiscount.class))
                .getFailureReport()
                .isEmpty());
    }

    /** A deliberately bad class: a discount rate as a double. */
    static final class BadDiscount {
        static JavaCodeUnit apply(double rate) {
            throw new UnsupportedOperationException(String.valueOf(rate));
        }
    }
}
