package io.itsmkit.change.risk;

import static io.itsmkit.change.risk.RiskBandsTest.rule;
import static io.itsmkit.change.risk.RiskBandsTest.violation;
import static io.itsmkit.change.risk.RiskExamples.FACTORS;
import static io.itsmkit.change.risk.RiskExamples.LOOKUP;
import static io.itsmkit.change.risk.RiskExamples.context;
import static io.itsmkit.change.risk.RiskExamples.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskModelTest {
    private static final RiskRule CRITICAL_SERVICE = new RiskRule(
            "Critical service affected",
            RiskCondition.impactsCriticality(Criticality.MISSION_CRITICAL),
            RiskLevel.HIGH);

    private static RiskModel.Builder model() {
        RiskModel.Builder b = RiskModel.builder(RiskBands.SERVICENOW_SIMPLIFIED);
        FACTORS.forEach(b::factor);
        return b;
    }

    @Test
    void theHighestOfBandRuleAndLookUpWinsAndEveryContributionIsExplained() {
        RiskAssessment a = model().rule(CRITICAL_SERVICE)
                .lookup(LOOKUP)
                .build()
                .assess(context(patch().build()).build());
        // blast radius 1 service x 2 + 1 thousand users x 1 + MISSION_CRITICAL 10 = 13; outage 10; no backout 8;
        // lead time: 5 business days from Friday 10:00 is the next Friday, after Monday night: 6
        assertEquals(37, a.score());
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(
                List.of(
                        "FACTOR blast radius: 1 service impacted (Payroll), 1500 users, highest criticality MISSION_CRITICAL: +13",
                        "FACTOR outage: the change causes an outage: +10",
                        "FACTOR no backout plan: the change has no backout plan: +8",
                        "FACTOR no test plan: a test plan is given: +0",
                        "FACTOR business hours: outside the business hours of the impacted services: +0",
                        "FACTOR lead time: starts before 2026-03-06T10:00:00Z, 5 business days after submission: +6",
                        "FACTOR emergency: a NORMAL change: +0",
                        "BANDS score: score 37 is in band MODERATE: 26 <= score < 51: MODERATE",
                        "RULE Critical service affected: impacts Payroll (MISSION_CRITICAL): HIGH",
                        "LOOKUP impact x success probability: impact MEDIUM, success probability HIGH: LOW"),
                a.explanation().stream().map(RiskContribution::toString).toList());
        assertTrue(a.explain().startsWith("HIGH (score 37)\n  FACTOR blast radius: 1 service"), a.explain());
        assertEquals(11, a.explain().lines().count());
    }

    @Test
    void theLookUpCanRaiseTheLevel() {
        RiskAssessment a = model().lookup(LOOKUP)
                .build()
                .assess(context(patch().build())
                        .impact(ChangeImpact.HIGH)
                        .successProbability(SuccessProbability.LOW)
                        .build());
        assertEquals(RiskLevel.VERY_HIGH, a.level());
    }

    @Test
    void onlyTheFirstMatchingRuleApplies() {
        RiskRule outage = new RiskRule("Outage", RiskCondition.applies(RiskFactors.outage(1)), RiskLevel.MODERATE);
        RiskRule anything = new RiskRule("Any item", RiskCondition.touchesCriticality(Criticality.LOW), RiskLevel.LOW);
        RiskAssessment a = RiskModel.builder(RiskBands.OSU)
                .rule(CRITICAL_SERVICE)
                .rule(outage)
                .rule(anything)
                .build()
                .assess(context(patch().build()).build());
        assertEquals(
                List.of(RiskContribution.Source.BANDS, RiskContribution.Source.RULE),
                a.explanation().stream().map(RiskContribution::source).toList());
        assertEquals("Critical service affected", a.explanation().get(1).name());
        RiskAssessment later = RiskModel.builder(RiskBands.OSU)
                .rule(outage)
                .rule(anything)
                .build()
                .assess(context(patch().build()).build());
        assertEquals("Outage", later.explanation().get(1).name());
        assertEquals(RiskLevel.MODERATE, later.level());
    }

    @Test
    void ohioStateModel() {
        RiskAssessment a = RiskModel.osu()
                .assess(context(patch().build())
                        .answer("experience", "2")
                        .answer("complexity", "2")
                        .answer("disruption", "4")
                        .answer("testing", "1")
                        .answer("backout", "1")
                        .build());
        assertEquals(10, a.score());
        assertEquals(RiskLevel.HIGH, a.level());
    }

    @Test
    void rulesMustBeListedFromTheHighestLevelDown() {
        RiskRule low = new RiskRule("Low", RiskCondition.touchesCriticality(Criticality.LOW), RiskLevel.LOW);
        List<Violation> v = assertThrows(
                        ValidationException.class,
                        () -> RiskModel.builder(RiskBands.OSU)
                                .rule(low)
                                .rule(CRITICAL_SERVICE)
                                .build())
                .violations();
        assertEquals("rules[1]", v.get(0).path());
        assertEquals("highest-first", v.get(0).rule());
        assertEquals("Critical service affected (HIGH)", v.get(0).offendingValue());
    }

    @Test
    void badModelsAndMissingFacts() {
        assertEquals(
                "unique-name",
                rule(() -> RiskModel.builder(RiskBands.OSU)
                        .factor(RiskFactors.outage(1))
                        .factor(RiskFactors.outage(2))
                        .build()));
        assertEquals(
                "context.impact",
                violation(() -> RiskModel.builder(RiskBands.OSU)
                                .lookup(LOOKUP)
                                .build()
                                .assess(RiskContext.builder(patch().build(), RiskExamples.GRAPH, RiskExamples.SUBMITTED)
                                        .successProbability(SuccessProbability.LOW)
                                        .build()))
                        .path());
        assertEquals(
                "context.successProbability",
                violation(() -> RiskModel.builder(RiskBands.OSU)
                                .lookup(LOOKUP)
                                .build()
                                .assess(RiskContext.builder(patch().build(), RiskExamples.GRAPH, RiskExamples.SUBMITTED)
                                        .impact(ChangeImpact.LOW)
                                        .build()))
                        .path());
        assertEquals(
                "answers[experience]",
                violation(() -> RiskModel.osu().assess(context(patch().build()).build()))
                        .path());
        RiskFactor liar = new RiskFactor() {
            @Override
            public String name() {
                return "liar";
            }

            @Override
            public RiskContribution assess(RiskContext context) {
                return RiskContribution.points(RiskContribution.Source.QUESTION, "liar", "pretends", 1);
            }
        };
        assertEquals(
                "factor-contribution",
                rule(() -> RiskModel.builder(RiskBands.OSU)
                        .factor(liar)
                        .build()
                        .assess(context(patch().build()).build())));
        assertEquals("bands", violation(() -> RiskModel.builder(null)).path());
        assertEquals("context", violation(() -> RiskModel.osu().assess(null)).path());
        assertEquals(
                "factor",
                violation(() -> RiskModel.builder(RiskBands.OSU).factor(null)).path());
        assertEquals(
                "rule",
                violation(() -> RiskModel.builder(RiskBands.OSU).rule(null)).path());
        assertEquals(
                "lookup",
                violation(() -> RiskModel.builder(RiskBands.OSU).lookup(null)).path());
        assertEquals(
                "questionnaire",
                violation(() -> RiskModel.builder(RiskBands.OSU).questionnaire(null))
                        .path());
    }

    @Test
    void anAssessmentMustAddUp() {
        RiskContribution ten = RiskContribution.points(RiskContribution.Source.FACTOR, "f", "d", 10);
        RiskContribution band = RiskContribution.level(RiskContribution.Source.BANDS, "score", "d", RiskLevel.LOW);
        RiskContribution rule = RiskContribution.level(RiskContribution.Source.RULE, "r", "d", RiskLevel.HIGH);
        assertEquals(RiskLevel.HIGH, new RiskAssessment(10, RiskLevel.HIGH, List.of(ten, band, rule)).level());
        assertEquals("sum-of-points", rule(() -> new RiskAssessment(9, RiskLevel.HIGH, List.of(ten, band, rule))));
        assertEquals("highest-level", rule(() -> new RiskAssessment(10, RiskLevel.LOW, List.of(ten, band, rule))));
        assertEquals("highest-level", rule(() -> new RiskAssessment(10, RiskLevel.LOW, List.of(ten))));
        assertEquals(
                "points-only",
                rule(() ->
                        new RiskContribution(RiskContribution.Source.FACTOR, "f", "d", 1, Optional.of(RiskLevel.LOW))));
        assertEquals(
                "level-only",
                rule(() ->
                        new RiskContribution(RiskContribution.Source.RULE, "f", "d", 1, Optional.of(RiskLevel.LOW))));
        assertEquals(
                "level-only",
                rule(() -> new RiskContribution(RiskContribution.Source.RULE, "f", "d", 0, Optional.empty())));
        assertEquals(
                "within-range",
                rule(() -> RiskContribution.points(
                        RiskContribution.Source.FACTOR, "f", "d", RiskContribution.MAX_POINTS + 1)));
        assertEquals("within-range", rule(() -> RiskContribution.points(RiskContribution.Source.FACTOR, "f", "d", -1)));
        assertEquals(
                "contribution.detail",
                violation(() -> RiskContribution.points(RiskContribution.Source.FACTOR, "f", " ", 1))
                        .path());
        assertEquals(RiskLevel.HIGH, RiskLevel.LOW.max(RiskLevel.HIGH));
        assertEquals(RiskLevel.HIGH, RiskLevel.HIGH.max(RiskLevel.MODERATE));
        assertEquals("other", violation(() -> RiskLevel.LOW.max(null)).path());
    }
}
