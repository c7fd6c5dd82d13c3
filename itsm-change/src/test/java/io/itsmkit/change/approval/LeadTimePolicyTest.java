package io.itsmkit.change.approval;

import static io.itsmkit.change.approval.QuorumTest.path;
import static io.itsmkit.change.approval.QuorumTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadTimePolicyTest {

    /** Stanford UIT, "Change lead times": very high 10 business days, high 5, moderate 1, minor and none 0. */
    @ParameterizedTest(name = "{0}: {1} business days")
    @CsvSource({"VERY_HIGH, 10", "HIGH, 5", "MODERATE, 1", "LOW, 0"})
    void stanford(RiskLevel level, int days) {
        assertEquals(LeadTime.ofBusinessDays(days), LeadTimePolicy.STANFORD.leadTime(level));
    }

    @Test
    void earliestStart() {
        BusinessCalendar office = BusinessCalendar.weekdays(ZoneId.of("UTC"), TimeWindow.parse("09:00-17:00"));
        Instant friday = Instant.parse("2026-02-27T10:00:00Z");
        assertEquals(
                Instant.parse("2026-03-06T10:00:00Z"),
                LeadTimePolicy.STANFORD.earliestStart(RiskLevel.HIGH, friday, office));
        assertEquals(friday, LeadTimePolicy.STANFORD.earliestStart(RiskLevel.LOW, friday, office));
    }

    @Test
    void aPolicyIsTotalAndAHigherLevelNeverNeedsLess() {
        Map<RiskLevel, LeadTime> m = new HashMap<>(LeadTimePolicy.STANFORD.leadTimes());
        m.put(RiskLevel.HIGH, LeadTime.ofBusinessDays(11));
        assertEquals("monotone", rule(() -> new LeadTimePolicy(m)));
        assertEquals("leadTimes[VERY_HIGH]", path(() -> new LeadTimePolicy(m)));
        m.remove(RiskLevel.MODERATE);
        m.put(RiskLevel.HIGH, LeadTime.ofBusinessDays(5));
        assertEquals("total", rule(() -> new LeadTimePolicy(m)));
        Map<RiskLevel, LeadTime> flat = new HashMap<>();
        for (RiskLevel l : RiskLevel.values()) {
            flat.put(l, LeadTime.ofBusinessDays(3));
        }
        assertEquals(LeadTime.ofBusinessDays(3), new LeadTimePolicy(flat).leadTime(RiskLevel.VERY_HIGH));
        Map<RiskLevel, LeadTime> nulls = new HashMap<>(LeadTimePolicy.STANFORD.leadTimes());
        nulls.put(RiskLevel.LOW, null);
        assertEquals("leadTimes[LOW]", path(() -> new LeadTimePolicy(nulls)));
        assertEquals("level", path(() -> LeadTimePolicy.STANFORD.leadTime(null)));
        assertEquals("leadTimes", path(() -> new LeadTimePolicy(null)));
    }
}
