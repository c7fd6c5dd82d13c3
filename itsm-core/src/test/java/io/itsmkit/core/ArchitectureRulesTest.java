package io.itsmkit.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.itsmkit.budget.archbad.DoubleField;
import io.itsmkit.budget.archbad.DoubleParameter;
import io.itsmkit.budget.archbad.FloatResult;
import io.itsmkit.change.archbad.ChangeThing;
import io.itsmkit.core.archbad.ClockByCall;
import io.itsmkit.core.archbad.ClockByMillis;
import io.itsmkit.core.archbad.ClockByReference;
import io.itsmkit.core.archbad.ClockBySystemDefaultZone;
import io.itsmkit.core.archbad.ClockBySystemUtc;
import io.itsmkit.core.archbad.ImmutableLeak;
import io.itsmkit.core.archbad.ReturnsGuava;
import io.itsmkit.core.archbad.TakesGenerated;
import io.itsmkit.core.archbad.UsesDate;
import io.itsmkit.core.archbad.UsesQuickTheories;
import io.itsmkit.core.archbad.cycle.Outer;
import io.itsmkit.core.archbad.cycle.inner.Inner;
import io.itsmkit.core.archbad.money.BoxedDouble;
import io.itsmkit.core.archbad.spi.Behaviour;
import io.itsmkit.core.archbad.util.Helper;
import io.itsmkit.core.testkit.ArchitectureRules;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.sla.archbad.SlaUsesChange;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule is proven by the deliberately bad classes it must flag, and never runs empty. */
class ArchitectureRulesTest {

    static Stream<Arguments> badClasses() {
        return Stream.of(
                Arguments.of(
                        "cycle between a package and its sub-package",
                        ArchitectureRules.NO_PACKAGE_CYCLES,
                        new Class<?>[] {Outer.class, Inner.class}),
                Arguments.of("sla depends on change", ArchitectureRules.MODULES_DEPEND_ONLY_ON_CORE, new Class<?>[] {
                    SlaUsesChange.class, ChangeThing.class
                }),
                Arguments.of(
                        "core depends on QuickTheories",
                        ArchitectureRules.CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES,
                        new Class<?>[] {UsesQuickTheories.class}),
                Arguments.of("java.util.Date", ArchitectureRules.NO_LEGACY_DATE_TIME, new Class<?>[] {UsesDate.class}),
                Arguments.of(
                        "Instant.now() call", ArchitectureRules.NO_SYSTEM_CLOCK, new Class<?>[] {ClockByCall.class}),
                Arguments.of("Instant::now reference", ArchitectureRules.NO_SYSTEM_CLOCK, new Class<?>[] {
                    ClockByReference.class
                }),
                Arguments.of(
                        "Clock.systemUTC()", ArchitectureRules.NO_SYSTEM_CLOCK, new Class<?>[] {ClockBySystemUtc.class
                        }),
                Arguments.of("Clock.systemDefaultZone()", ArchitectureRules.NO_SYSTEM_CLOCK, new Class<?>[] {
                    ClockBySystemDefaultZone.class
                }),
                Arguments.of("System.currentTimeMillis()", ArchitectureRules.NO_SYSTEM_CLOCK, new Class<?>[] {
                    ClockByMillis.class
                }),
                Arguments.of(
                        "double field", ArchitectureRules.NO_FLOATING_POINT_MONEY, new Class<?>[] {DoubleField.class}),
                Arguments.of("double parameter", ArchitectureRules.NO_FLOATING_POINT_MONEY, new Class<?>[] {
                    DoubleParameter.class
                }),
                Arguments.of(
                        "float result", ArchitectureRules.NO_FLOATING_POINT_MONEY, new Class<?>[] {FloatResult.class}),
                Arguments.of(
                        "Double parameter in a money package",
                        ArchitectureRules.NO_FLOATING_POINT_MONEY,
                        new Class<?>[] {BoxedDouble.class}),
                Arguments.of("class with behaviour in spi", ArchitectureRules.SPI_HOLDS_CONTRACTS_ONLY, new Class<?>[] {
                    Behaviour.class
                }),
                Arguments.of("util package", ArchitectureRules.PACKAGES_BY_CONCEPT, new Class<?>[] {Helper.class}),
                Arguments.of(
                        "returns a Guava type",
                        ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES,
                        new Class<?>[] {ReturnsGuava.class}),
                Arguments.of(
                        "public generated class",
                        ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES,
                        new Class<?>[] {ImmutableLeak.class}),
                Arguments.of(
                        "takes a generated class",
                        ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES,
                        new Class<?>[] {TakesGenerated.class}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClasses")
    void theRuleFlagsItsBadClass(String what, ArchRule rule, Class<?>[] bad) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(bad));
        assertTrue(result.hasViolation(), what + " must be flagged by " + rule.getDescription());
    }

    static Stream<ArchRule> everyRule() {
        return Stream.of(
                ArchitectureRules.NO_PACKAGE_CYCLES,
                ArchitectureRules.MODULES_DEPEND_ONLY_ON_CORE,
                ArchitectureRules.CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES,
                ArchitectureRules.NO_LEGACY_DATE_TIME,
                ArchitectureRules.NO_SYSTEM_CLOCK,
                ArchitectureRules.NO_FLOATING_POINT_MONEY,
                ArchitectureRules.SPI_HOLDS_CONTRACTS_ONLY,
                ArchitectureRules.PACKAGES_BY_CONCEPT,
                ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void noRulePassesOnNoClasses(ArchRule rule) {
        JavaClasses none = new ClassFileImporter().importClasses();
        assertThrows(AssertionError.class, () -> rule.check(none), rule.getDescription());
    }

    @Test
    void aGoodClassPassesTheRulesThatApplyToIt() {
        JavaClasses ticket = new ClassFileImporter().importClasses(Ticket.class);
        for (ArchRule rule : new ArchRule[] {
            ArchitectureRules.MODULES_DEPEND_ONLY_ON_CORE,
            ArchitectureRules.CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES,
            ArchitectureRules.NO_LEGACY_DATE_TIME,
            ArchitectureRules.NO_SYSTEM_CLOCK,
            ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES
        }) {
            assertFalse(rule.evaluate(ticket).hasViolation(), rule.getDescription());
        }
    }
}
