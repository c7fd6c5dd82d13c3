package io.itsmkit.change.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumTest {

    /**
     * GLPI 11, src/ValidationStep.php, getValidationStepStatusForTicket: accepted once the accepted share
     * reaches the required percent, waiting while accepted + waiting can still reach it, refused otherwise; at
     * 0% any acceptance accepts. The rows are cases where GLPI's whole-percent rounding does not matter.
     */
    @ParameterizedTest(name = "{0}% with {1} accepted, {2} refused, {3} waiting -> {4}")
    @CsvSource({
        "100, 0, 0, 1, WAITING",
        "100, 1, 0, 0, ACCEPTED",
        "100, 0, 1, 0, REFUSED",
        "100, 1, 0, 1, WAITING",
        "100, 1, 1, 0, REFUSED",
        "100, 2, 0, 0, ACCEPTED",
        "50, 1, 1, 0, ACCEPTED",
        "50, 1, 0, 1, ACCEPTED",
        "50, 0, 1, 1, WAITING",
        "50, 0, 2, 0, REFUSED",
        "50, 1, 2, 0, REFUSED",
        "50, 1, 0, 2, WAITING",
        "75, 3, 0, 1, ACCEPTED",
        "75, 2, 1, 1, WAITING",
        "75, 2, 2, 0, REFUSED",
        "0, 1, 3, 0, ACCEPTED",
        "0, 1, 0, 5, ACCEPTED",
        "0, 0, 0, 2, WAITING",
        "0, 0, 2, 0, REFUSED"
    })
    void glpiValidationSteps(int percent, int accepted, int refused, int waiting, ApprovalStatus status) {
        assertEquals(status, Quorum.percent(percent).statusOf(accepted, refused, waiting));
    }

    @Test
    void twoThirdsIsExactNotRounded() {
        // GLPI rounds 2 of 3 (66.67%) to 67% and accepts a 67% step; shares are exact here, so a committee that
        // needs two thirds says so
        assertEquals(ApprovalStatus.REFUSED, Quorum.percent(67).statusOf(2, 1, 0));
        assertEquals(ApprovalStatus.ACCEPTED, Quorum.fraction(2, 3).statusOf(2, 1, 0));
        assertEquals(ApprovalStatus.WAITING, Quorum.fraction(2, 3).statusOf(1, 1, 1));
        assertEquals(ApprovalStatus.REFUSED, Quorum.fraction(2, 3).statusOf(1, 2, 0));
    }

    @Test
    void anyOneAcceptanceStillCountsAfterARefusal() {
        // GLPI refuses a 0% step at the first refusal when nobody accepted yet; here it waits while an
        // acceptance can still come, so the status never goes back from refused to accepted
        assertEquals(ApprovalStatus.WAITING, Quorum.ANY.statusOf(0, 1, 2));
        assertEquals(ApprovalStatus.ACCEPTED, Quorum.ANY.statusOf(1, 1, 1));
    }

    @Test
    void presetsAndRendering() {
        assertEquals(Quorum.fraction(1, 1), Quorum.ALL);
        assertEquals(Quorum.fraction(0, 1), Quorum.ANY);
        assertEquals("67%", Quorum.percent(67).toString());
        assertEquals("2/3", Quorum.fraction(2, 3).toString());
        assertEquals(ApprovalStatus.ACCEPTED, Quorum.ALL.statusOf(Integer.MAX_VALUE, 0, 0));
        assertEquals(ApprovalStatus.WAITING, Quorum.ALL.statusOf(Integer.MAX_VALUE, 0, Integer.MAX_VALUE));
    }

    @Test
    void overallStatusOfSeveralSteps() {
        // GLPI 11, getValidationStatusForTicket: no step NONE; any refused REFUSED; else any waiting WAITING
        assertEquals(ApprovalStatus.NONE, ApprovalStatus.overall(List.of()));
        assertEquals(ApprovalStatus.ACCEPTED, ApprovalStatus.overall(List.of(ApprovalStatus.ACCEPTED)));
        assertEquals(
                ApprovalStatus.WAITING,
                ApprovalStatus.overall(List.of(ApprovalStatus.ACCEPTED, ApprovalStatus.WAITING)));
        assertEquals(
                ApprovalStatus.REFUSED,
                ApprovalStatus.overall(
                        List.of(ApprovalStatus.WAITING, ApprovalStatus.REFUSED, ApprovalStatus.ACCEPTED)));
        assertEquals(
                ApprovalStatus.REFUSED,
                ApprovalStatus.overall(List.of(ApprovalStatus.REFUSED, ApprovalStatus.WAITING)));
        assertEquals(
                ApprovalStatus.ACCEPTED,
                ApprovalStatus.overall(List.of(ApprovalStatus.ACCEPTED, ApprovalStatus.ACCEPTED)));
    }

    @Test
    void badInput() {
        assertEquals("within-range", rule(() -> Quorum.percent(101)));
        assertEquals("within-range", rule(() -> Quorum.percent(-1)));
        assertEquals("within-range", rule(() -> Quorum.percent(Integer.MIN_VALUE)));
        assertEquals("quorum.denominator", path(() -> Quorum.fraction(1, 0)));
        assertEquals("quorum.denominator", path(() -> Quorum.fraction(1, Quorum.MAX_DENOMINATOR + 1)));
        assertEquals("quorum.numerator", path(() -> Quorum.fraction(4, 3)));
        assertEquals(
                Quorum.MAX_DENOMINATOR,
                Quorum.fraction(1, Quorum.MAX_DENOMINATOR).denominator());
        assertEquals(100, Quorum.percent(100).numerator());
        assertEquals(0, Quorum.percent(0).numerator());
        assertEquals("quorum.numerator", path(() -> Quorum.fraction(-1, 3)));
        assertEquals("counts", rule(() -> Quorum.ALL.statusOf(0, 0, 0)));
        assertEquals("counts", rule(() -> Quorum.ALL.statusOf(-1, 1, 1)));
        assertEquals("counts", rule(() -> Quorum.ALL.statusOf(1, -1, 1)));
        assertEquals("counts", rule(() -> Quorum.ALL.statusOf(1, 1, -1)));
        assertEquals(
                "steps[1]", path(() -> ApprovalStatus.overall(java.util.Arrays.asList(ApprovalStatus.NONE, null))));
    }

    static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }

    static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }
}
