package io.itsmkit.change.risk;

import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.id.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A small CMDB and a change to it, shared by the risk tests. */
final class RiskExamples {
    private RiskExamples() {}

    static final ConfigurationItemId PAYROLL = ConfigurationItemId.of("payroll");
    static final ConfigurationItemId MAIL = ConfigurationItemId.of("mail");
    static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    static final ConfigurationItemId HOST = ConfigurationItemId.of("host");
    static final ConfigurationItemId SPARE = ConfigurationItemId.of("spare");

    /** Payroll depends on its database, which runs on a host that Mail depends on too. */
    static final ServiceGraph GRAPH = ServiceGraph.builder()
            .add(ConfigurationItem.of(PAYROLL, "Payroll", ItemKind.BUSINESS_SERVICE, Criticality.MISSION_CRITICAL))
            .add(ConfigurationItem.of(MAIL, "Mail", ItemKind.BUSINESS_SERVICE, Criticality.MEDIUM))
            .add(ConfigurationItem.of(DB, "Payroll DB", ItemKind.INFRASTRUCTURE, Criticality.HIGH))
            .add(ConfigurationItem.of(HOST, "VM host", ItemKind.INFRASTRUCTURE, Criticality.MEDIUM))
            .add(ConfigurationItem.of(SPARE, "Spare server", ItemKind.INFRASTRUCTURE, Criticality.LOW))
            .dependsOn(PAYROLL, DB)
            .dependsOn(MAIL, HOST)
            .contains(HOST, DB)
            .build();

    /** Monday to Friday, 09:00-17:00 UTC. */
    static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(ZoneId.of("UTC"), TimeWindow.parse("09:00-17:00"));

    /** Friday 10:00 UTC. */
    static final Instant SUBMITTED = Instant.parse("2026-02-27T10:00:00Z");

    /** Monday night 22:00-24:00 UTC. */
    static final Window MONDAY_NIGHT = Window.of(Instant.parse("2026-03-02T22:00:00Z"), Duration.ofHours(2));

    static final RiskFactor BLAST_RADIUS = RiskFactors.blastRadius(
            2,
            1,
            Map.of(Criticality.MISSION_CRITICAL, 10, Criticality.HIGH, 5, Criticality.MEDIUM, 2, Criticality.LOW, 0));

    static final List<RiskFactor> FACTORS = List.of(
            BLAST_RADIUS,
            RiskFactors.outage(10),
            RiskFactors.missingBackoutPlan(8),
            RiskFactors.missingTestPlan(4),
            RiskFactors.businessHours(7),
            RiskFactors.leadTimeShortfall(LeadTime.ofBusinessDays(5), 6),
            RiskFactors.emergency(9));

    static final RiskLookup LOOKUP = RiskLookup.builder()
            .cell(ChangeImpact.HIGH, SuccessProbability.HIGH, RiskLevel.MODERATE)
            .cell(ChangeImpact.HIGH, SuccessProbability.MEDIUM, RiskLevel.HIGH)
            .cell(ChangeImpact.HIGH, SuccessProbability.LOW, RiskLevel.VERY_HIGH)
            .cell(ChangeImpact.MEDIUM, SuccessProbability.HIGH, RiskLevel.LOW)
            .cell(ChangeImpact.MEDIUM, SuccessProbability.MEDIUM, RiskLevel.MODERATE)
            .cell(ChangeImpact.MEDIUM, SuccessProbability.LOW, RiskLevel.HIGH)
            .cell(ChangeImpact.LOW, SuccessProbability.HIGH, RiskLevel.LOW)
            .cell(ChangeImpact.LOW, SuccessProbability.MEDIUM, RiskLevel.LOW)
            .cell(ChangeImpact.LOW, SuccessProbability.LOW, RiskLevel.MODERATE)
            .build();

    /** A normal change to the payroll database, with an outage, a test plan and no backout plan. */
    static ChangeDetails.Builder patch() {
        return patch(DB);
    }

    /** The same change, to other items. */
    static ChangeDetails.Builder patch(ConfigurationItemId... items) {
        return ChangeDetails.builder(ChangeType.NORMAL, "Patch the payroll database", ActorId.of("ana"))
                .items(List.of(items))
                .plannedWindow(MONDAY_NIGHT)
                .testPlan("run the payroll smoke tests")
                .outage(true);
    }

    static RiskContext.Builder context(ChangeDetails change) {
        return RiskContext.builder(change, GRAPH, SUBMITTED)
                .businessCalendar(OFFICE)
                .serviceHours(PAYROLL, OFFICE)
                .users(PAYROLL, 1_500)
                .users(MAIL, 800)
                .impact(ChangeImpact.MEDIUM)
                .successProbability(SuccessProbability.HIGH);
    }
}
