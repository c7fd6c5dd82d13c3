package io.itsmkit.change.risk;

import static io.itsmkit.change.risk.RiskBandsTest.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskLookupTest {

    private static RiskLookup.Builder full(RiskLevel everywhere) {
        RiskLookup.Builder b = RiskLookup.builder();
        for (ChangeImpact i : ChangeImpact.values()) {
            for (SuccessProbability p : SuccessProbability.values()) {
                b.cell(i, p, everywhere);
            }
        }
        return b;
    }

    @Test
    void looksUp() {
        assertEquals(RiskLevel.VERY_HIGH, RiskExamples.LOOKUP.levelOf(ChangeImpact.HIGH, SuccessProbability.LOW));
        assertEquals(RiskLevel.LOW, RiskExamples.LOOKUP.levelOf(ChangeImpact.LOW, SuccessProbability.HIGH));
        assertEquals(
                RiskLevel.MODERATE, full(RiskLevel.MODERATE).build().levelOf(ChangeImpact.LOW, SuccessProbability.LOW));
    }

    @Test
    void everyCellIsNeeded() {
        RiskLookup.Builder b = RiskLookup.builder().cell(ChangeImpact.HIGH, SuccessProbability.HIGH, RiskLevel.LOW);
        List<Violation> v = assertThrows(ValidationException.class, b::build).violations();
        assertEquals(8, v.size());
        assertEquals("lookup[HIGH,MEDIUM]", v.get(0).path());
        assertEquals("total", v.get(0).rule());
    }

    @Test
    void aHigherImpactOrALowerProbabilityNeverLowersTheLevel() {
        List<Violation> impact = assertThrows(
                        ValidationException.class,
                        () -> full(RiskLevel.MODERATE)
                                .cell(ChangeImpact.LOW, SuccessProbability.MEDIUM, RiskLevel.HIGH)
                                .build())
                .violations();
        assertEquals(
                List.of("lookup[LOW,MEDIUM]", "lookup[LOW,LOW]"),
                impact.stream().map(Violation::path).toList());
        assertEquals("monotone", impact.get(0).rule());
        assertEquals(
                "must not exceed the level of the higher impact MEDIUM (MODERATE)",
                impact.get(0).message());
        assertEquals(
                "must not be below the level of the likelier success MEDIUM (HIGH)",
                impact.get(1).message());
    }

    @Test
    void badInput() {
        assertEquals(
                "impact",
                violation(() -> RiskLookup.builder().cell(null, SuccessProbability.LOW, RiskLevel.LOW))
                        .path());
        assertEquals(
                "probability",
                violation(() -> RiskLookup.builder().cell(ChangeImpact.LOW, null, RiskLevel.LOW))
                        .path());
        assertEquals(
                "level",
                violation(() -> RiskLookup.builder().cell(ChangeImpact.LOW, SuccessProbability.LOW, null))
                        .path());
        assertEquals(
                "impact",
                violation(() -> RiskExamples.LOOKUP.levelOf(null, SuccessProbability.LOW))
                        .path());
        assertEquals(
                "probability",
                violation(() -> RiskExamples.LOOKUP.levelOf(ChangeImpact.LOW, null))
                        .path());
    }
}
