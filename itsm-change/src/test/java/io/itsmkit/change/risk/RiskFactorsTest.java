package io.itsmkit.change.risk;

import static io.itsmkit.change.risk.RiskBandsTest.rule;
import static io.itsmkit.change.risk.RiskBandsTest.violation;
import static io.itsmkit.change.risk.RiskExamples.BLAST_RADIUS;
import static io.itsmkit.change.risk.RiskExamples.DB;
import static io.itsmkit.change.risk.RiskExamples.GRAPH;
import static io.itsmkit.change.risk.RiskExamples.HOST;
import static io.itsmkit.change.risk.RiskExamples.MAIL;
import static io.itsmkit.change.risk.RiskExamples.PAYROLL;
import static io.itsmkit.change.risk.RiskExamples.SPARE;
import static io.itsmkit.change.risk.RiskExamples.SUBMITTED;
import static io.itsmkit.change.risk.RiskExamples.context;
import static io.itsmkit.change.risk.RiskExamples.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.metrics.ChangeSuccessScore;
import io.itsmkit.change.metrics.TrackRecord;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.id.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskFactorsTest {

    private static RiskContribution assess(RiskFactor f, ChangeDetails change) {
        return f.assess(context(change).build());
    }

    @Test
    void blastRadiusCountsServicesUsersAndTheHighestCriticalityReached() {
        // the host carries the payroll database and Mail depends on it: both services are impacted
        RiskContribution host = assess(BLAST_RADIUS, patch(HOST).build());
        assertEquals(
                "2 services impacted (Mail, Payroll), 2300 users, highest criticality MISSION_CRITICAL", host.detail());
        assertEquals(2 * 2 + 2 + 10, host.points());
        RiskContribution spare = assess(BLAST_RADIUS, patch(SPARE).build());
        assertEquals("0 services impacted, 0 users, highest criticality LOW", spare.detail());
        assertEquals(0, spare.points());
        RiskContribution none =
                assess(BLAST_RADIUS, patch(new ConfigurationItemId[0]).build());
        assertEquals("the change touches no configuration item", none.detail());
        RiskContribution mail = assess(BLAST_RADIUS, patch(MAIL).build());
        assertEquals("1 service impacted (Mail), 800 users, highest criticality MEDIUM", mail.detail());
        assertEquals(2 + 0 + 2, mail.points());
        assertEquals("blast radius", BLAST_RADIUS.name());
    }

    @Test
    void hugeUserCountsAreCappedNotOverflowed() {
        RiskFactor perUser = RiskFactors.blastRadius(0, RiskFactors.MAX_POINTS, Map.of());
        RiskContext huge = context(patch(HOST).build())
                .users(PAYROLL, Long.MAX_VALUE)
                .users(MAIL, Long.MAX_VALUE)
                .build();
        assertEquals(RiskContribution.MAX_POINTS, perUser.assess(huge).points());
    }

    @Test
    void flags() {
        ChangeDetails bare = ChangeDetails.builder(ChangeType.EMERGENCY, "t", ActorId.of("a"))
                .build();
        ChangeDetails full = patch().backoutPlan("b").outage(false).build();
        assertEquals(8, assess(RiskFactors.missingBackoutPlan(8), bare).points());
        assertEquals(0, assess(RiskFactors.missingBackoutPlan(8), full).points());
        assertEquals(
                "a backout plan is given",
                assess(RiskFactors.missingBackoutPlan(8), full).detail());
        assertEquals(4, assess(RiskFactors.missingTestPlan(4), bare).points());
        assertEquals(0, assess(RiskFactors.missingTestPlan(4), full).points());
        assertEquals(
                "the change has no test plan",
                assess(RiskFactors.missingTestPlan(4), bare).detail());
        assertEquals(0, assess(RiskFactors.outage(10), full).points());
        assertEquals("no outage", assess(RiskFactors.outage(10), full).detail());
        assertEquals(10, assess(RiskFactors.outage(10), patch().build()).points());
        assertEquals(9, assess(RiskFactors.emergency(9), bare).points());
        assertEquals(
                "an emergency change", assess(RiskFactors.emergency(9), bare).detail());
        assertEquals(0, assess(RiskFactors.emergency(9), full).points());
    }

    @Test
    void businessHoursOfAnImpactedService() {
        RiskFactor hours = RiskFactors.businessHours(7);
        Window mondayMorning = Window.of(Instant.parse("2026-03-02T08:30:00Z"), Duration.ofHours(1));
        RiskContribution inside =
                assess(hours, patch().plannedWindow(mondayMorning).build());
        assertEquals(7, inside.points());
        assertEquals("inside the business hours of Payroll", inside.detail());
        Window sundayMorning = Window.of(Instant.parse("2026-03-01T08:30:00Z"), Duration.ofHours(1));
        assertEquals(
                0, assess(hours, patch().plannedWindow(sundayMorning).build()).points());
        Window touching = Window.of(Instant.parse("2026-03-02T08:00:00Z"), Duration.ofHours(1));
        assertEquals(0, assess(hours, patch().plannedWindow(touching).build()).points());
        // Mail has no hours in the context: a change that impacts only Mail is never inside them
        assertEquals(
                0,
                assess(hours, patch(MAIL).plannedWindow(mondayMorning).build()).points());
        assertEquals(
                "inside the business hours of Payroll",
                assess(hours, patch(HOST).plannedWindow(mondayMorning).build()).detail());
        assertEquals(
                "no planned window yet",
                assess(
                                hours,
                                ChangeDetails.builder(ChangeType.NORMAL, "t", ActorId.of("a"))
                                        .build())
                        .detail());
    }

    @Test
    void leadTimeShortfall() {
        RiskFactor oneDay = RiskFactors.leadTimeShortfall(LeadTime.ofBusinessDays(1), 6);
        RiskFactor fiveDays = RiskFactors.leadTimeShortfall(LeadTime.ofBusinessDays(5), 6);
        // submitted Friday 10:00, planned Monday 22:00: one business day is Monday 10:00
        assertEquals(0, assess(oneDay, patch().build()).points());
        assertEquals(
                "starts at or after 2026-03-02T10:00:00Z, 1 business day after submission",
                assess(oneDay, patch().build()).detail());
        assertEquals(6, assess(fiveDays, patch().build()).points());
        Window mondayTen = Window.of(Instant.parse("2026-03-02T10:00:00Z"), Duration.ofHours(1));
        assertEquals(0, assess(oneDay, patch().plannedWindow(mondayTen).build()).points());
        Window justBefore = Window.of(Instant.parse("2026-03-02T09:59:59Z"), Duration.ofHours(1));
        assertEquals(
                6, assess(oneDay, patch().plannedWindow(justBefore).build()).points());
        assertEquals(
                "context.businessCalendar",
                violation(() -> oneDay.assess(RiskContext.builder(patch().build(), GRAPH, SUBMITTED)
                                .build()))
                        .path());
        assertEquals(
                0,
                oneDay.assess(RiskContext.builder(
                                        ChangeDetails.builder(ChangeType.NORMAL, "t", ActorId.of("a"))
                                                .build(),
                                        GRAPH,
                                        SUBMITTED)
                                .build())
                        .points());
    }

    @Test
    void trackRecordAsAChangeSuccessScore() {
        RiskFactor record = RiskFactors.trackRecord(ChangeSuccessScore.SERVICENOW, 10, 12);
        RiskContribution weak = record.assess(context(patch().build())
                .trackRecord(new TrackRecord(5, 0, 1, 0, 0, 0))
                .build());
        assertEquals("Change Success Score 10 is not below 10", weak.detail());
        assertEquals(0, weak.points());
        RiskContribution poor = record.assess(context(patch().build())
                .trackRecord(new TrackRecord(5, 0, 1, 0, 0, 1))
                .build());
        assertEquals("Change Success Score 8 is below 10", poor.detail());
        assertEquals(12, poor.points());
        assertEquals(12, record.assess(context(patch().build()).build()).points()); // no history scores 0
    }

    @Test
    void badFactors() {
        assertEquals("within-range", rule(() -> RiskFactors.outage(-1)));
        assertEquals(
                RiskFactors.MAX_POINTS,
                assess(RiskFactors.outage(RiskFactors.MAX_POINTS), patch().build())
                        .points());
        assertEquals(0, assess(RiskFactors.outage(0), patch().build()).points());
        assertEquals(
                "outage.points",
                violation(() -> RiskFactors.outage(RiskFactors.MAX_POINTS + 1)).path());
        assertEquals("within-range", rule(() -> RiskFactors.emergency(Integer.MIN_VALUE)));
        assertEquals("within-range", rule(() -> RiskFactors.missingTestPlan(Integer.MAX_VALUE)));
        assertEquals("within-range", rule(() -> RiskFactors.missingBackoutPlan(-1)));
        assertEquals("within-range", rule(() -> RiskFactors.businessHours(-1)));
        assertEquals("within-range", rule(() -> RiskFactors.leadTimeShortfall(LeadTime.NONE, -1)));
        assertEquals(
                "leadTimeShortfall.required",
                violation(() -> RiskFactors.leadTimeShortfall(null, 1)).path());
        assertEquals("within-range", rule(() -> RiskFactors.trackRecord(ChangeSuccessScore.SERVICENOW, 0, -1)));
        assertEquals(
                "trackRecord.score",
                violation(() -> RiskFactors.trackRecord(null, 0, 1)).path());
        assertEquals("within-range", rule(() -> RiskFactors.blastRadius(-1, 0, Map.of())));
        assertEquals("within-range", rule(() -> RiskFactors.blastRadius(0, -1, Map.of())));
        assertEquals("within-range", rule(() -> RiskFactors.blastRadius(0, 0, Map.of(Criticality.LOW, -1))));
        Map<Criticality, Integer> inverted = new EnumMap<>(Criticality.class);
        inverted.put(Criticality.LOW, 5);
        inverted.put(Criticality.MISSION_CRITICAL, 1);
        assertEquals("monotone", rule(() -> RiskFactors.blastRadius(0, 0, inverted)));
        Map<Criticality, Integer> withNull = new HashMap<>();
        withNull.put(Criticality.LOW, null);
        assertEquals(
                0,
                RiskFactors.blastRadius(0, 0, withNull)
                        .assess(context(patch(SPARE).build()).build())
                        .points());
        assertEquals(
                "blastRadius.pointsByCriticality",
                violation(() -> RiskFactors.blastRadius(0, 0, null)).path());
        for (RiskFactor f : RiskExamples.FACTORS) {
            assertEquals("context", violation(() -> f.assess(null)).path());
        }
        assertEquals(
                "change.items[0]",
                violation(() -> RiskContext.builder(
                                        patch(ConfigurationItemId.of("ghost")).build(), GRAPH, SUBMITTED)
                                .build())
                        .path());
        assertEquals(DB, context(patch().build()).build().touchedItems().get(0).id());
        assertEquals(GRAPH, context(patch().build()).build().graph());
        assertEquals(
                "change.items[1]",
                violation(() -> RiskContext.builder(
                                        patch(DB, ConfigurationItemId.of("ghost"))
                                                .build(),
                                        GRAPH,
                                        SUBMITTED)
                                .build())
                        .path());
    }
}
