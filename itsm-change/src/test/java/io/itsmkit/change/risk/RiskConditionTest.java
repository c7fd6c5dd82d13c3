package io.itsmkit.change.risk;

import static io.itsmkit.change.risk.RiskBandsTest.rule;
import static io.itsmkit.change.risk.RiskBandsTest.violation;
import static io.itsmkit.change.risk.RiskExamples.HOST;
import static io.itsmkit.change.risk.RiskExamples.MAIL;
import static io.itsmkit.change.risk.RiskExamples.context;
import static io.itsmkit.change.risk.RiskExamples.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itsmkit.core.cmdb.Criticality;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskConditionTest {
    private static final RiskContext DB_PATCH = context(patch().build()).build();
    private static final RiskContext MAIL_PATCH =
            context(patch(MAIL).outage(false).build()).build();

    @Test
    void touchedOrImpactedCriticality() {
        assertEquals(
                Optional.of("touches Payroll DB (HIGH)"),
                RiskCondition.touchesCriticality(Criticality.HIGH).match(DB_PATCH));
        assertEquals(
                Optional.empty(),
                RiskCondition.touchesCriticality(Criticality.MISSION_CRITICAL).match(DB_PATCH));
        assertEquals(
                Optional.of("impacts Payroll DB (HIGH), Payroll (MISSION_CRITICAL)"),
                RiskCondition.impactsCriticality(Criticality.HIGH).match(DB_PATCH));
        assertEquals(
                Optional.empty(),
                RiskCondition.impactsCriticality(Criticality.HIGH).match(MAIL_PATCH));
        assertEquals(
                Optional.of("impacts VM host (MEDIUM), Payroll DB (HIGH), Mail (MEDIUM), Payroll (MISSION_CRITICAL)"),
                RiskCondition.impactsCriticality(Criticality.MEDIUM)
                        .match(context(patch(HOST).build()).build()));
    }

    @Test
    void aFactorApplies() {
        assertEquals(
                Optional.of("the change causes an outage"),
                RiskCondition.applies(RiskFactors.outage(1)).match(DB_PATCH));
        assertEquals(
                Optional.empty(), RiskCondition.applies(RiskFactors.outage(1)).match(MAIL_PATCH));
        assertEquals(
                Optional.empty(), RiskCondition.applies(RiskFactors.outage(0)).match(DB_PATCH));
    }

    @Test
    void combinations() {
        RiskCondition outage = RiskCondition.applies(RiskFactors.outage(1));
        RiskCondition critical = RiskCondition.touchesCriticality(Criticality.HIGH);
        assertEquals(
                Optional.of("the change causes an outage and touches Payroll DB (HIGH)"),
                RiskCondition.allOf(List.of(outage, critical)).match(DB_PATCH));
        assertEquals(
                Optional.empty(), RiskCondition.allOf(List.of(outage, critical)).match(MAIL_PATCH));
        assertEquals(
                Optional.of("touches Payroll DB (HIGH)"),
                RiskCondition.anyOf(List.of(critical, outage)).match(DB_PATCH));
        assertEquals(
                Optional.empty(), RiskCondition.anyOf(List.of(critical, outage)).match(MAIL_PATCH));
        assertEquals(
                Optional.of("the change causes an outage"),
                RiskCondition.anyOf(List.of(RiskCondition.touchesCriticality(Criticality.MISSION_CRITICAL), outage))
                        .match(DB_PATCH));
    }

    @Test
    void badConditions() {
        assertEquals("not-empty", rule(() -> RiskCondition.allOf(List.of())));
        assertEquals("not-empty", rule(() -> RiskCondition.anyOf(List.of())));
        assertEquals(
                "conditions[1]",
                violation(() -> RiskCondition.anyOf(Arrays.asList(RiskCondition.applies(RiskFactors.outage(1)), null)))
                        .path());
        assertEquals("conditions", violation(() -> RiskCondition.allOf(null)).path());
        assertEquals("factor", violation(() -> RiskCondition.applies(null)).path());
        assertEquals(
                "atLeast",
                violation(() -> RiskCondition.touchesCriticality(null)).path());
        assertEquals(
                "atLeast",
                violation(() -> RiskCondition.impactsCriticality(null)).path());
        assertEquals(
                "rule.name",
                violation(() -> new RiskRule(" ", c -> Optional.empty(), RiskLevel.LOW))
                        .path());
        assertEquals(
                "rule.condition",
                violation(() -> new RiskRule("r", null, RiskLevel.LOW)).path());
        assertEquals(
                "rule.level",
                violation(() -> new RiskRule("r", c -> Optional.empty(), null)).path());
    }
}
