package io.itsmkit.change.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeSuccessScoreTest {

    /** ServiceNow "Change Success Score calculation": +3, -2, -5, and -10, -5, -2 for P1, P2, P3 incidents. */
    @ParameterizedTest(name = "{0} ok, {1} with issues, {2} failed, P1 {3}, P2 {4}, P3 {5} -> {6}")
    @CsvSource({
        "1, 0, 0, 0, 0, 0, 3",
        "0, 1, 0, 0, 0, 0, -2",
        "0, 0, 1, 0, 0, 0, -5",
        "0, 0, 0, 1, 0, 0, -10",
        "0, 0, 0, 0, 1, 0, -5",
        "0, 0, 0, 0, 0, 1, -2",
        "10, 2, 1, 0, 1, 2, 12",
        "0, 0, 0, 0, 0, 0, 0"
    })
    void serviceNowMultipliers(long ok, long issues, long failed, long p1, long p2, long p3, long score) {
        assertEquals(score, ChangeSuccessScore.SERVICENOW.scoreOf(new TrackRecord(ok, issues, failed, p1, p2, p3)));
    }

    @Test
    void multipliersMustBeOrderedSoAWorseRecordNeverScoresMore() {
        List<Violation> v = assertThrows(ValidationException.class, () -> new ChangeSuccessScore(-1, 0, 1, 0, -1, 1))
                .violations();
        assertEquals(
                List.of("successful", "successfulWithIssues", "failed", "failed", "p3Incident", "p1Incident"),
                v.stream().map(Violation::path).toList());
        assertEquals(
                "p2Incident",
                assertThrows(ValidationException.class, () -> new ChangeSuccessScore(3, -2, -5, -10, -1, -2))
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void overflowIsBadInputNotAWrongScore() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ChangeSuccessScore.SERVICENOW.scoreOf(new TrackRecord(Long.MAX_VALUE, 0, 0, 0, 0, 0)));
        assertEquals("within-range", e.violations().get(0).rule());
        assertEquals(
                "within-range",
                assertThrows(
                                ValidationException.class,
                                () -> ChangeSuccessScore.SERVICENOW.scoreOf(
                                        new TrackRecord(0, 0, Long.MAX_VALUE / 5, Long.MAX_VALUE / 10, 0, 0)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "trackRecord",
                assertThrows(ValidationException.class, () -> ChangeSuccessScore.SERVICENOW.scoreOf(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "trackRecord.p3Incidents",
                assertThrows(ValidationException.class, () -> new TrackRecord(0, 0, 0, 0, 0, -1))
                        .violations()
                        .get(0)
                        .path());
    }
}
