package io.itsmkit.sla.clock;

import static io.itsmkit.sla.clock.Scenario.ALWAYS;
import static io.itsmkit.sla.clock.Scenario.NINE_TO_FIVE_UTC;
import static io.itsmkit.sla.clock.Scenario.at;
import static io.itsmkit.sla.clock.Scenario.eval;
import static io.itsmkit.sla.clock.Scenario.h;
import static io.itsmkit.sla.clock.Scenario.hold;
import static io.itsmkit.sla.clock.Scenario.open;
import static io.itsmkit.sla.clock.Scenario.priority;
import static io.itsmkit.sla.clock.Scenario.sla;
import static io.itsmkit.sla.clock.Scenario.state;
import static io.itsmkit.sla.clock.Scenario.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.CalendarSource;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.PriorityChangePolicy;
import io.itsmkit.sla.agreement.ReopenPolicy;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The anchor cases of the issue, each taken from the vendor source named in its comment. */
class ClockAnchorsTest {

    private static Metric resolution(BusinessCalendar cal, Duration target) {
        return Metrics.resolution(Targets.of(target), CalendarChoice.fixed(cal));
    }

    /** P1 8 h (ServiceNow's default "Priority 1 resolution (8 hour)"), P2 12 h, P3 24 h, P4 48 h, P5 96 h. */
    private static Targets itilTargets(Duration p1) {
        return Targets.of(Scenario.ITIL.priorities(), p1, h(12), h(24), h(48), h(96));
    }

    // Znuny4OTRS-EscalationSuspend, doc/en/feature.md: created 08:00, solution time 2 hours, "pending reminder"
    // (a suspend state) from 09:00 to 10:05; the escalation time shown at each moment.
    @ParameterizedTest
    @CsvSource({
        "2026-03-02T08:00:00Z, 2026-03-02T10:00:00Z",
        "2026-03-02T09:00:00Z, 2026-03-02T10:00:00Z",
        "2026-03-02T09:30:00Z, 2026-03-02T10:30:00Z",
        "2026-03-02T10:00:00Z, 2026-03-02T11:00:00Z",
        "2026-03-02T10:05:00Z, 2026-03-02T11:05:00Z",
        "2026-03-02T10:30:00Z, 2026-03-02T11:05:00Z",
        "2026-03-02T11:00:00Z, 2026-03-02T11:05:00Z",
        "2026-03-02T11:05:00Z, 2026-03-02T11:05:00Z"
    })
    void znunyEscalationSuspendExample(Instant lookAt, Instant expectedDue) {
        Ticket t = open(at("2026-03-02T08:00:00Z"));
        t = hold(t, at("2026-03-02T09:00:00Z"), OnHoldReason.AWAITING_CALLER);
        t = state(t, at("2026-03-02T10:05:00Z"), TicketState.IN_PROGRESS);
        Agreement a = sla(resolution(weekdays("UTC", "08:00-18:00"), h(2)).withPauseOn(OnHoldReason.AWAITING_CALLER));
        ClockStatus c = eval(a, t, lookAt);
        assertEquals(Optional.of(expectedDue), c.due());
        assertFalse(c.stage() == Stage.BREACHED, "exactly the target is not a breach");
    }

    @Test
    void znunyEscalationOccursAfter1105() {
        Ticket t = open(at("2026-03-02T08:00:00Z"));
        t = hold(t, at("2026-03-02T09:00:00Z"), OnHoldReason.AWAITING_CALLER);
        t = state(t, at("2026-03-02T10:05:00Z"), TicketState.IN_PROGRESS);
        Agreement a = sla(resolution(weekdays("UTC", "08:00-18:00"), h(2)).withPauseOn(OnHoldReason.AWAITING_CALLER));
        ClockStatus c = eval(a, t, at("2026-03-02T11:05:00.000000001Z"));
        assertEquals(Stage.BREACHED, c.stage());
        assertEquals(Optional.of(at("2026-03-02T11:05:00Z")), c.breachedAt());
        assertEquals(Duration.ofMinutes(65), c.pausedFor());
        assertEquals(Optional.of(at("2026-03-02T10:00:00Z")), c.originalDue());
    }

    // ServiceNow t_UseSLARetroactiveStartAndPause.md: raised 3 - Moderate, changed to 1 - Critical after 3 hours;
    // with retroactive start the P1 SLA counts from creation. A 24x7 schedule.
    @ParameterizedTest
    @CsvSource({
        "RETROACTIVE, 1, 2026-03-02T17:00:00Z, 2026-03-02T17:00:00Z, 4",
        "CARRY_OVER,  1, 2026-03-02T17:00:00Z, 2026-03-03T09:00:00Z, 4",
        "RESTART,     2, 2026-03-02T20:00:00Z, 2026-03-02T20:00:00Z, 1"
    })
    void serviceNowRetroactiveStartExample(
            PriorityChangePolicy policy, int cycle, Instant due, Instant originalDue, long elapsedHours) {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = priority(t, at("2026-03-02T12:00:00Z"), 1);
        Agreement a = sla(Metrics.resolution(itilTargets(h(8)), CalendarChoice.fixed(ALWAYS))
                .withPriorityChange(policy));
        ClockStatus c = eval(a, t, at("2026-03-02T13:00:00Z"));
        assertEquals(Stage.RUNNING, c.stage());
        assertEquals(cycle, c.cycle());
        assertEquals(Optional.of(due), c.due());
        assertEquals(Optional.of(originalDue), c.originalDue());
        assertEquals(h(elapsedHours), c.elapsed());
        assertEquals(h(8), c.target());
        assertEquals(Scenario.p(1), c.subject().priority());
    }

    // The same, with retroactive pause: the time on hold (10:00-11:00, awaiting caller) does not count.
    @Test
    void retroactivePauseIsKept() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = hold(t, at("2026-03-02T10:00:00Z"), OnHoldReason.AWAITING_CALLER);
        t = state(t, at("2026-03-02T11:00:00Z"), TicketState.IN_PROGRESS);
        t = priority(t, at("2026-03-02T12:00:00Z"), 1);
        Agreement a = sla(Metrics.resolution(itilTargets(h(8)), CalendarChoice.fixed(ALWAYS))
                .withPauseOn(OnHoldReason.AWAITING_CALLER)
                .withPriorityChange(PriorityChangePolicy.RETROACTIVE));
        ClockStatus c = eval(a, t, at("2026-03-02T13:00:00Z"));
        assertEquals(Optional.of(at("2026-03-02T18:00:00Z")), c.due());
        assertEquals(h(3), c.elapsed());
    }

    // P3 to P1 under each policy when the P1 target (1 hour) is already used up at the change (12:00, 3 hours
    // in): a retroactive breach dates from 10:00, a carried-over one from the change, a restart has none.
    @ParameterizedTest
    @CsvSource({
        "RETROACTIVE, BREACHED, 2026-03-02T10:00:00Z, 2026-03-02T09:30:00Z, true",
        "CARRY_OVER,  BREACHED, 2026-03-02T12:00:00Z, 2026-03-02T12:00:00Z, true",
        "RESTART,     RUNNING,  ,                     2026-03-02T12:30:00Z, false"
    })
    void p3ToP1UnderEachPolicy(
            PriorityChangePolicy policy, Stage stage, Instant breachedAt, Instant half, boolean everBreached) {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = priority(t, at("2026-03-02T12:00:00Z"), 1);
        Agreement a = sla(Metrics.resolution(itilTargets(h(1)), CalendarChoice.fixed(ALWAYS))
                .withPriorityChange(policy));
        ClockStatus c = eval(a, t, at("2026-03-02T12:20:00Z"));
        assertEquals(stage, c.stage());
        assertEquals(Optional.ofNullable(breachedAt), c.breachedAt());
        assertEquals(Optional.of(half), c.warnings().get(0).at());
        assertEquals(everBreached, c.everBreached());
    }

    // A pause over a weekend counts nothing (GLPI #10594: pending over a weekend "accounts too much delay").
    @Test
    void pauseOverAWeekend() {
        Ticket t = open(at("2026-03-06T15:00:00Z")); // Friday
        t = hold(t, at("2026-03-06T16:00:00Z"), OnHoldReason.AWAITING_CALLER);
        Agreement a = sla(resolution(NINE_TO_FIVE_UTC, h(4)).withPauseOn(OnHoldReason.AWAITING_CALLER));
        ClockStatus saturday = eval(a, t, at("2026-03-07T12:00:00Z"));
        assertEquals(Stage.PAUSED, saturday.stage());
        assertEquals(Optional.of(at("2026-03-09T12:00:00Z")), saturday.due(), "the due if it resumed now");
        assertEquals(h(3), saturday.timeLeft());
        Ticket resumed = state(t, at("2026-03-09T10:00:00Z"), TicketState.IN_PROGRESS); // Monday
        ClockStatus monday = eval(a, resumed, at("2026-03-09T10:30:00Z"));
        assertEquals(Optional.of(at("2026-03-09T13:00:00Z")), monday.due());
        assertEquals(Duration.ofMinutes(90), monday.elapsed());
        assertEquals(Duration.ofHours(66), monday.pausedFor());
    }

    // Breached means elapsed > target: exactly the target is met, one nanosecond more is a breach.
    @ParameterizedTest
    @CsvSource({
        "2026-03-02T11:00:00Z,           MET,      ",
        "2026-03-02T11:00:00.000000001Z, BREACHED, 2026-03-02T11:00:00Z"
    })
    void breachExactlyAtTargetAndOneNanosecondAfter(Instant resolvedAt, Stage stage, Instant breachedAt) {
        Ticket t = state(open(at("2026-03-02T09:00:00Z")), resolvedAt, TicketState.RESOLVED);
        ClockStatus c = eval(sla(resolution(ALWAYS, h(2))), t, at("2026-03-03T00:00:00Z"));
        assertEquals(stage, c.stage());
        assertEquals(Optional.ofNullable(breachedAt), c.breachedAt());
        assertEquals(Optional.of(resolvedAt), c.stoppedAt());
        assertTrue(c.isStopped());
    }

    // Start outside working hours (GLPI #687, JBPM-9546): nothing accrues until the calendar opens.
    @Test
    void startOutsideWorkingHours() {
        Ticket t = open(at("2026-03-07T10:00:00Z")); // Saturday
        Agreement a = sla(resolution(NINE_TO_FIVE_UTC, h(4)));
        ClockStatus saturday = eval(a, t, at("2026-03-07T12:00:00Z"));
        assertEquals(Stage.OUTSIDE_WORKING_HOURS, saturday.stage());
        assertEquals(Duration.ZERO, saturday.elapsed());
        assertEquals(h(2), saturday.elapsedWall());
        assertEquals(Optional.of(at("2026-03-09T13:00:00Z")), saturday.due());
        ClockStatus monday = eval(a, t, at("2026-03-09T10:00:00Z"));
        assertEquals(Stage.RUNNING, monday.stage());
        assertEquals(h(1), monday.elapsed());
    }

    // A target used up at 17:00 and looked at in the evening is not breached: nothing elapsed after it.
    @Test
    void targetUsedUpAtCloseIsNotBreachedInTheEvening() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        Agreement a = sla(resolution(NINE_TO_FIVE_UTC, h(8)));
        ClockStatus evening = eval(a, t, at("2026-03-02T20:00:00Z"));
        assertEquals(Stage.OUTSIDE_WORKING_HOURS, evening.stage());
        assertEquals(Optional.of(at("2026-03-02T17:00:00Z")), evening.due());
        assertEquals(Ratio.ONE, evening.percent());
        ClockStatus morning = eval(a, t, at("2026-03-03T09:00:00.000000001Z"));
        assertEquals(Stage.BREACHED, morning.stage());
        assertEquals(Optional.of(at("2026-03-02T17:00:00Z")), morning.breachedAt());
    }

    // A customer in another zone than the agent (ServiceNow c_TimeZonesInSLAs: the caller's zone): opened at
    // 15:00Z, 16:00 in Rome (the agents), 10:00 in New York (the customer).
    @Test
    void customerInAnotherZone() {
        CustomerId acme = CustomerId.of("acme-ny");
        BusinessCalendar newYork = weekdays("America/New_York", "09:00-17:00");
        ClockEvaluator ev = ClockEvaluator.of(owner -> owner.equals(acme) ? Optional.of(newYork) : Optional.empty());
        Metric m = Metrics.resolution(
                Targets.of(h(4)),
                CalendarChoice.resolved(weekdays("Europe/Rome", "09:00-17:00"), CalendarSource.CUSTOMER));
        Agreement a = sla(m);
        Ticket forAcme = open(at("2026-03-02T15:00:00Z"), 2, 2, Classification.NONE.withCustomer(acme));
        Ticket forOther = open(at("2026-03-02T15:00:00Z"), 2, 2, Classification.NONE.withCustomer(CustomerId.of("x")));
        Instant lookAt = at("2026-03-02T15:30:00Z");
        assertEquals(
                Optional.of(at("2026-03-02T19:00:00Z")),
                ev.evaluate(a, forAcme.timeline(), lookAt).clocks().get(0).due());
        assertEquals(
                Optional.of(at("2026-03-03T11:00:00Z")),
                ev.evaluate(a, forOther.timeline(), lookAt).clocks().get(0).due());
    }

    // An OLA with the network team and a UC with the telco running at the same time on one ticket
    // (ServiceNow's SLA / OLA / Underpinning contract types).
    @Test
    void olaAndUcRunTogether() {
        TeamId network = TeamId.of("network");
        SupplierId telco = SupplierId.of("telco");
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = t.assign(Assignment.toTeam(network), Scenario.stamp(at("2026-03-02T09:10:00Z")));
        t = t.engageSupplier(telco, Scenario.stamp(at("2026-03-02T10:00:00Z")));
        t = t.returnFromSupplier(telco, Scenario.stamp(at("2026-03-02T11:30:00Z")));
        t = t.assign(Assignment.toTeam(TeamId.of("database")), Scenario.stamp(at("2026-03-02T12:00:00Z")));
        t = state(t, at("2026-03-02T13:00:00Z"), TicketState.RESOLVED);
        Agreement ola = Agreement.of(
                AgreementId.of("ola"),
                "Network OLA",
                AgreementKind.OLA,
                List.of(),
                Metrics.teamTime(network, Targets.of(h(4)), CalendarChoice.fixed(ALWAYS)));
        Agreement uc = Agreement.of(
                AgreementId.of("uc"),
                "Telco UC",
                AgreementKind.UC,
                List.of(),
                Metrics.supplierTime(telco, Targets.of(h(2)), CalendarChoice.fixed(ALWAYS)));
        ClockStatus olaAt11 = eval(ola, t, at("2026-03-02T11:00:00Z"));
        ClockStatus ucAt11 = eval(uc, t, at("2026-03-02T11:00:00Z"));
        assertEquals(Stage.RUNNING, olaAt11.stage());
        assertEquals(Stage.RUNNING, ucAt11.stage());
        assertEquals(Duration.ofMinutes(110), olaAt11.elapsed());
        assertEquals(h(1), ucAt11.elapsed());
        ClockStatus olaEnd = eval(ola, t, at("2026-03-02T14:00:00Z"));
        ClockStatus ucEnd = eval(uc, t, at("2026-03-02T14:00:00Z"));
        assertEquals(Stage.MET, olaEnd.stage());
        assertEquals(Duration.ofMinutes(170), olaEnd.elapsed());
        assertEquals(Duration.ofMinutes(60), olaEnd.pausedFor());
        assertEquals(Stage.MET, ucEnd.stage());
        assertEquals(Duration.ofMinutes(90), ucEnd.elapsed());
        assertEquals(Optional.of(network), olaEnd.subject().team());
        assertEquals(Optional.of(telco), ucEnd.subject().supplier());
    }

    // A reopen under both policies (JSM cycles; Zammad #188): resolved at 11:00, reopened at 12:00.
    @ParameterizedTest
    @CsvSource({
        "RESUME,    8, 1, 3, 2026-03-02T18:00:00Z, RUNNING",
        "NEW_CYCLE, 8, 2, 1, 2026-03-02T20:00:00Z, RUNNING",
        "RESUME,    1, 1, 3, 2026-03-02T10:00:00Z, BREACHED",
        "NEW_CYCLE, 1, 2, 1, 2026-03-02T13:00:00Z, RUNNING"
    })
    void reopenUnderBothPolicies(
            ReopenPolicy policy, long targetHours, int cycle, long elapsedHours, Instant due, Stage stage) {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = state(t, at("2026-03-02T11:00:00Z"), TicketState.RESOLVED);
        t = state(t, at("2026-03-02T12:00:00Z"), TicketState.IN_PROGRESS);
        ClockStatus c = eval(sla(resolution(ALWAYS, h(targetHours)).withReopen(policy)), t, at("2026-03-02T13:00:00Z"));
        assertEquals(cycle, c.cycle());
        assertEquals(h(elapsedHours), c.elapsed());
        assertEquals(Optional.of(due), c.due());
        assertEquals(stage, c.stage());
        assertEquals(targetHours == 1, c.everBreached(), "a breach before the reopen is kept in everBreached");
        assertEquals(
                TransitionKind.REOPENED,
                c.transitions().get(c.transitions().size() - 1).kind());
    }

    // A downgrade that raises the target ends a running breach; everBreached records it.
    @Test
    void downgradeEndsARunningBreach() {
        Ticket t = open(at("2026-03-02T09:00:00Z"), 1, 1, Classification.NONE); // P1, 1 hour
        t = priority(t, at("2026-03-02T11:00:00Z"), 3); // P3, 24 hours
        Agreement a = sla(Metrics.resolution(itilTargets(h(1)), CalendarChoice.fixed(ALWAYS)));
        ClockStatus before = eval(a, t, at("2026-03-02T10:30:00Z"));
        assertEquals(Stage.BREACHED, before.stage());
        ClockStatus after = eval(a, t, at("2026-03-02T12:00:00Z"));
        assertEquals(Stage.RUNNING, after.stage());
        assertTrue(after.everBreached());
        assertEquals(Optional.empty(), after.breachedAt());
        assertEquals(Optional.of(at("2026-03-03T09:00:00Z")), after.due());
        assertEquals(
                Optional.of(at("2026-03-02T09:30:00Z")), after.warnings().get(0).at(), "reached keeps its instant");
        assertTrue(after.warnings().get(0).reached());
    }

    @Test
    void warningsReachedProjectedAndNoneAfterStop() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        Agreement a = sla(resolution(ALWAYS, h(4)).withPauseOn(OnHoldReason.AWAITING_CALLER));
        ClockStatus early = eval(a, t, at("2026-03-02T10:00:00Z"));
        assertEquals(
                List.of(
                        Optional.of(at("2026-03-02T11:00:00Z")),
                        Optional.of(at("2026-03-02T12:00:00Z")),
                        Optional.of(at("2026-03-02T12:36:00Z"))),
                early.warnings().stream().map(Warning::at).toList());
        assertFalse(early.warnings().get(0).reached());
        Ticket paused = hold(t, at("2026-03-02T11:30:00Z"), OnHoldReason.AWAITING_CALLER);
        ClockStatus whilePaused = eval(a, paused, at("2026-03-02T12:00:00Z"));
        assertEquals(
                Optional.of(at("2026-03-02T11:00:00Z")),
                whilePaused.warnings().get(0).at());
        assertTrue(whilePaused.warnings().get(0).reached());
        assertEquals(
                Optional.of(at("2026-03-02T12:30:00Z")),
                whilePaused.warnings().get(1).at());
        Ticket stopped = state(t, at("2026-03-02T11:30:00Z"), TicketState.RESOLVED);
        ClockStatus after = eval(a, stopped, at("2026-03-02T13:00:00Z"));
        assertEquals(
                List.of(Optional.of(at("2026-03-02T11:00:00Z")), Optional.empty(), Optional.empty()),
                after.warnings().stream().map(Warning::at).toList());
    }

    @Test
    void resetOpensANewCycleOnARunningClockAndIsIgnoredOnAStoppedOne() {
        Metric m = resolution(ALWAYS, h(8))
                .withReset(io.itsmkit.sla.condition.TicketCondition.happened(
                        io.itsmkit.sla.condition.TicketEventKind.ASSIGNMENT_CHANGED));
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = t.assign(Assignment.toTeam(TeamId.of("network")), Scenario.stamp(at("2026-03-02T10:00:00Z")));
        ClockStatus running = eval(sla(m), t, at("2026-03-02T11:00:00Z"));
        assertEquals(2, running.cycle());
        assertEquals(h(1), running.elapsed());
        assertEquals(Optional.of(at("2026-03-02T10:00:00Z")), running.startedAt());
        t = state(t, at("2026-03-02T12:00:00Z"), TicketState.RESOLVED);
        t = t.assign(Assignment.toTeam(TeamId.of("database")), Scenario.stamp(at("2026-03-02T13:00:00Z")));
        ClockStatus stopped = eval(sla(m), t, at("2026-03-02T14:00:00Z"));
        assertEquals(2, stopped.cycle());
        assertEquals(Stage.MET, stopped.stage());
        assertEquals(h(2), stopped.elapsed());
    }

    // Events at one instant apply in the fixed order, whatever order they were recorded in (stop before
    // priority change: the stop is judged on the old target).
    @Test
    void sameInstantEventsApplyInTheDocumentedOrder() {
        Instant eleven = at("2026-03-02T11:00:00Z");
        Agreement a = sla(Metrics.resolution(itilTargets(h(1)), CalendarChoice.fixed(ALWAYS)));
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        Ticket priorityFirst = state(priority(t, eleven, 2), eleven, TicketState.RESOLVED);
        Ticket stopFirst = priority(state(t, eleven, TicketState.RESOLVED), eleven, 2);
        ClockStatus x = eval(a, priorityFirst, at("2026-03-02T12:00:00Z"));
        ClockStatus y = eval(a, stopFirst, at("2026-03-02T12:00:00Z"));
        assertEquals(x, y);
        assertEquals(Stage.MET, x.stage());
        assertEquals(h(24), x.target(), "judged on the P3 target in force before the change");
    }

    // ServiceNow c_SLAConditions: a start condition that implies the stop condition never attaches.
    @Test
    void startThatImpliesStopNeverAttaches() {
        Metric m = resolution(ALWAYS, h(8));
        Metric never = new Metric(
                m.name(),
                m.purpose(),
                m.start(),
                m.start(),
                m.pause(),
                m.resume(),
                m.cancel(),
                m.reset(),
                m.targets(),
                m.calendar(),
                m.warnings(),
                m.onPriorityChange(),
                m.onReopen(),
                m.team(),
                m.supplier());
        ClockStatus c = eval(sla(never), open(at("2026-03-02T09:00:00Z")), at("2026-03-02T10:00:00Z"));
        assertEquals(Stage.NOT_STARTED, c.stage());
        assertEquals(0, c.cycle());
        assertEquals(Optional.empty(), c.due());
    }

    @Test
    void cancelledTicketCancelsTheClock() {
        Ticket t = state(open(at("2026-03-02T09:00:00Z")), at("2026-03-02T10:00:00Z"), TicketState.CANCELLED);
        ClockStatus c = eval(sla(resolution(ALWAYS, h(8))), t, at("2026-03-02T12:00:00Z"));
        assertEquals(Stage.CANCELLED, c.stage());
        assertEquals(h(1), c.elapsed());
        assertEquals(Optional.empty(), c.due());
        assertFalse(c.isStopped());
        assertFalse(c.isActive());
    }

    @Test
    void whatIfPausedNowAndWhatIfP1Now() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        Agreement a = sla(Metrics.resolution(itilTargets(Duration.ofMinutes(30)), CalendarChoice.fixed(ALWAYS)));
        Instant ten = at("2026-03-02T10:00:00Z");
        ClockStatus paused = ClockEvaluator.DEFAULT
                .whatIf(a, t.timeline(), ten, Hypothesis.pausedNow())
                .clocks()
                .get(0);
        assertEquals(Stage.PAUSED, paused.stage());
        assertEquals(h(23), paused.timeLeft());
        assertEquals(Optional.of(at("2026-03-03T09:00:00Z")), paused.due());
        ClockStatus p1 = ClockEvaluator.DEFAULT
                .whatIf(a, t.timeline(), ten, Hypothesis.priorityBecomes(Scenario.p(1)))
                .clocks()
                .get(0);
        assertEquals(Stage.BREACHED, p1.stage());
        assertEquals(Optional.of(ten), p1.breachedAt());
        assertEquals(Stage.RUNNING, eval(a, t, ten).stage(), "a what-if changes nothing");
    }
}
