package io.itsmkit.change.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskBandsTest {

    /** ServiceNow "Configure risk for Simplified Change Management": 0-25 Low, 26-50 Moderate, 51+ High. */
    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, LOW", "25, LOW", "26, MODERATE", "50, MODERATE", "51, HIGH", "1000000, HIGH"})
    void serviceNowSimplified(long score, RiskLevel level) {
        assertEquals(level, RiskBands.SERVICENOW_SIMPLIFIED.bandOf(score).level());
    }

    /** Ohio State: five questions of 1, 2 or 4 points; 8 or more is high ("major"), less is low ("minor"). */
    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"5, LOW", "7, LOW", "8, HIGH", "20, HIGH"})
    void ohioState(long score, RiskLevel level) {
        assertEquals(level, RiskBands.OSU.bandOf(score).level());
    }

    @Test
    void bandsStateWhereTheyBeginAndEnd() {
        assertEquals(
                List.of(
                        new RiskBands.Band(RiskLevel.LOW, 0, Optional.of(26L)),
                        new RiskBands.Band(RiskLevel.MODERATE, 26, Optional.of(51L)),
                        new RiskBands.Band(RiskLevel.HIGH, 51, Optional.empty())),
                RiskBands.SERVICENOW_SIMPLIFIED.bands());
        assertEquals(
                "[LOW: 0 <= score < 26, MODERATE: 26 <= score < 51, HIGH: score >= 51]",
                RiskBands.SERVICENOW_SIMPLIFIED.toString());
        assertEquals(RiskBands.of(Map.of(RiskLevel.LOW, 0L, RiskLevel.HIGH, 8L)), RiskBands.OSU);
        assertEquals(RiskBands.of(Map.of(RiskLevel.LOW, 0L, RiskLevel.HIGH, 8L)).hashCode(), RiskBands.OSU.hashCode());
        assertNotEquals(RiskBands.OSU, RiskBands.SERVICENOW_SIMPLIFIED);
    }

    @Test
    void theServiceNowCommunityGapCannotBeExpressed() {
        // "Low > 0 and < 7; Moderate >= 7 and < 13; High >= 14" leaves 13 unmapped. Bands here are given by
        // where each level begins, so 13 belongs to the band below 14.
        RiskBands b = RiskBands.of(Map.of(RiskLevel.LOW, 0L, RiskLevel.MODERATE, 7L, RiskLevel.HIGH, 14L));
        assertEquals(RiskLevel.MODERATE, b.bandOf(13).level());
        assertEquals(RiskLevel.HIGH, b.bandOf(14).level());
    }

    @Test
    void badBandsAreRefusedWithEveryReason() {
        List<Violation> v = assertThrows(
                        ValidationException.class,
                        () -> RiskBands.of(Map.of(RiskLevel.LOW, 5L, RiskLevel.MODERATE, 60L, RiskLevel.HIGH, 51L)))
                .violations();
        assertEquals(
                List.of("starts-at-zero", "increasing"),
                v.stream().map(Violation::rule).toList());
        assertEquals("bands[HIGH]", v.get(1).path());
        assertEquals(
                "HIGH must begin above where MODERATE begins (60)", v.get(1).message());
        assertEquals(
                "increasing",
                rule(() -> RiskBands.of(Map.of(RiskLevel.LOW, 0L, RiskLevel.MODERATE, 26L, RiskLevel.HIGH, 26L))));
        assertEquals("not-negative", rule(() -> RiskBands.of(Map.of(RiskLevel.LOW, -1L))));
        assertEquals("not-empty", rule(() -> RiskBands.of(Map.of())));
        Map<RiskLevel, Long> withNull = new HashMap<>();
        withNull.put(RiskLevel.LOW, null);
        assertEquals("bands[LOW]", violation(() -> RiskBands.of(withNull)).path());
        Map<RiskLevel, Long> nullLevel = new HashMap<>();
        nullLevel.put(null, 0L);
        assertEquals("bands.level", violation(() -> RiskBands.of(nullLevel)).path());
        assertEquals("not-negative", rule(() -> RiskBands.OSU.bandOf(-1)));
        assertEquals("not-negative", rule(() -> RiskBands.OSU.bandOf(Long.MIN_VALUE)));
        assertEquals("above-from", rule(() -> new RiskBands.Band(RiskLevel.LOW, 5, Optional.of(5L))));
        Map<RiskLevel, Long> one = new EnumMap<>(RiskLevel.class);
        one.put(RiskLevel.HIGH, 0L);
        assertEquals(RiskLevel.HIGH, RiskBands.of(one).bandOf(Long.MAX_VALUE).level());
    }

    static String rule(Runnable r) {
        return violation(r).rule();
    }

    static Violation violation(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
