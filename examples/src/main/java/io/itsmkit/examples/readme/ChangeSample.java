package io.itsmkit.examples.readme;

import io.itsmkit.change.approval.Approval;
import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.AuthorityMatrix;
import io.itsmkit.change.approval.Decision;
import io.itsmkit.change.approval.Quorum;
import io.itsmkit.change.approval.SegregationOfDuties;
import io.itsmkit.change.approval.SegregationOfDutiesException;
import io.itsmkit.change.calendar.ChangeCalendar;
import io.itsmkit.change.calendar.ScheduledChange;
import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.risk.RiskAssessment;
import io.itsmkit.change.risk.RiskBands;
import io.itsmkit.change.risk.RiskCondition;
import io.itsmkit.change.risk.RiskContext;
import io.itsmkit.change.risk.RiskFactors;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.change.risk.RiskModel;
import io.itsmkit.change.risk.RiskRule;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Scope;
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
import java.util.Optional;
import java.util.Set;

/**
 * The README's itsm-change sample, compiled and run by the build ({@code ReadmeTest} checks that the README
 * shows exactly the lines between the tags, and that it prints what its comments say).
 */
public final class ChangeSample {
    private ChangeSample() {}

    /**
     * Runs the sample; it prints the lines shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::change[]
        ConfigurationItemId payroll = ConfigurationItemId.of("payroll");
        ConfigurationItemId db = ConfigurationItemId.of("payroll-db");
        ServiceGraph cmdb = ServiceGraph.builder()
                .add(ConfigurationItem.of(payroll, "Payroll", ItemKind.BUSINESS_SERVICE, Criticality.MISSION_CRITICAL))
                .add(ConfigurationItem.of(db, "Payroll DB", ItemKind.INFRASTRUCTURE, Criticality.HIGH))
                .dependsOn(payroll, db)
                .build();
        ActorId ana = ActorId.of("ana"); // requests the change
        ActorId bo = ActorId.of("bo"); // implements it, and sits on the CAB
        ChangeDetails patch = ChangeDetails.builder(ChangeType.NORMAL, "Patch the payroll database", ana)
                .items(List.of(db))
                .plannedWindow(Window.of(Instant.parse("2026-03-02T22:00:00Z"), Duration.ofHours(2)))
                .implementer(bo)
                .testPlan("payroll smoke tests")
                .outage(true)
                .build();

        RiskModel risk = RiskModel.builder(RiskBands.SERVICENOW_SIMPLIFIED) // 0-25 low, 26-50 moderate, 51+ high
                .factor(RiskFactors.outage(10))
                .factor(RiskFactors.missingBackoutPlan(8))
                .factor(RiskFactors.leadTimeShortfall(LeadTime.ofBusinessDays(5), 12))
                .rule(new RiskRule(
                        "Critical service affected",
                        RiskCondition.impactsCriticality(Criticality.MISSION_CRITICAL),
                        RiskLevel.HIGH))
                .build();
        BusinessCalendar office = BusinessCalendar.weekdays(ZoneId.of("UTC"), TimeWindow.parse("09:00-17:00"));
        Instant submitted = Instant.parse("2026-02-27T10:00:00Z"); // a Friday
        RiskAssessment assessed = risk.assess(RiskContext.builder(patch, cmdb, submitted)
                .businessCalendar(office)
                .build());
        System.out.println(assessed.explain());
        // HIGH (score 30)
        //   FACTOR outage: the change causes an outage: +10
        //   FACTOR no backout plan: the change has no backout plan: +8
        //   FACTOR lead time: starts before 2026-03-06T10:00:00Z, 5 business days after submission: +12
        //   BANDS score: score 30 is in band MODERATE: 26 <= score < 51: MODERATE
        //   RULE Critical service affected: impacts Payroll (MISSION_CRITICAL): HIGH

        System.out.println(AuthorityMatrix.SERVICENOW_SIMPLIFIED.authority(ChangeType.NORMAL, assessed.level()));
        // CAB
        ChangeId chg = ChangeId.of("CHG0042");
        ActorId cy = ActorId.of("cy");
        ActorId di = ActorId.of("di");
        Approval cab = Approval.start(
                chg,
                patch,
                SegregationOfDuties.STRICT, // neither requester nor implementer may approve
                List.of(ApprovalStep.of("CAB", Quorum.fraction(2, 3), List.of(bo, cy, di))));
        try {
            cab.decide("CAB", bo, Decision.ACCEPT, submitted);
        } catch (SegregationOfDutiesException e) {
            System.out.println(e.role() + " " + e.person() + ": " + e.rule());
            // implementer bo: implementer-may-not-approve
        }
        cab = cab.decide("CAB", cy, Decision.ACCEPT, submitted).decide("CAB", di, Decision.ACCEPT, submitted);
        System.out.println(cab.status());
        // ACCEPTED

        ChangeCalendar calendar = ChangeCalendar.builder(cmdb)
                .blackout(new Blackout(
                        new Schedule(
                                "payroll run",
                                Scope.of(List.of(payroll)),
                                List.of(),
                                List.of(Window.of(Instant.parse("2026-03-02T23:30:00Z"), Duration.ofHours(4)))),
                        Freeze.hard()))
                .build();
        ScheduledChange mine = ScheduledChange.of(chg, patch);
        ScheduledChange theirs = new ScheduledChange(
                ChangeId.of("CHG0043"),
                Set.of(payroll),
                Window.of(Instant.parse("2026-03-02T23:00:00Z"), Duration.ofHours(1)),
                Optional.of(bo));
        calendar.conflictsOf(mine, List.of(theirs)).forEach(c -> System.out.println(c.kind() + " " + c.window()));
        // RELATED_ITEM_ALREADY_SCHEDULED [2026-03-02T23:00:00Z, 2026-03-03T00:00:00Z)
        // ASSIGNEE_ALREADY_SCHEDULED [2026-03-02T23:00:00Z, 2026-03-03T00:00:00Z)
        // RELATED_ITEM_BLACKOUT [2026-03-02T23:30:00Z, 2026-03-03T00:00:00Z)
        System.out.println(
                calendar.nextAvailableSlot(mine, List.of(theirs), mine.window().start(), Duration.ofDays(90), Set.of())
                        .orElseThrow());
        // [2026-03-03T03:30:00Z, 2026-03-03T05:30:00Z)
        // end::change[]
    }
}
