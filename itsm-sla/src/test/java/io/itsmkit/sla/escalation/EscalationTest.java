package io.itsmkit.sla.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.clock.ClockEvaluator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationTest {
    private static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    private static final ActorId A = ActorId.of("agent");

    private static Ticket open(Instant at) {
        return Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.of(
                        TicketId.of("INC-7"),
                        "printer",
                        PriorityDecision.derive(
                                ITIL, ITIL.impacts().level(2), ITIL.urgencies().level(2))),
                Stamp.of(A, at));
    }

    private static Agreement tto(BusinessCalendar cal, Duration target) {
        return Agreement.of(
                AgreementId.of("glpi"),
                "GLPI SLA",
                AgreementKind.SLA,
                List.of(),
                Metrics.firstResponse(Targets.of(target), CalendarChoice.fixed(cal)));
    }

    // GLPI PR #22678: calendar Monday to Friday 08:00-18:00, TTO 4 hours, escalation level 1 hour before the
    // deadline. Created Monday 10:00: deadline 14:00, escalation 13:00. Created Monday 17:00: deadline Tuesday
    // 11:00, escalation Tuesday 10:00 (GLPI used to run it at 00:00).
    @ParameterizedTest
    @CsvSource({"2026-03-02T10:00:00Z, 2026-03-02T13:00:00Z", "2026-03-02T17:00:00Z, 2026-03-03T10:00:00Z"})
    void glpiOneHourBeforeBreachOnABusinessCalendar(Instant created, Instant escalation) {
        BusinessCalendar cal = BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.parse("08:00-18:00"));
        Agreement a = tto(cal, Duration.ofHours(4));
        EscalationPolicy policy = EscalationPolicy.of(EscalationRule.of(
                "level 1", Threshold.beforeBreach(Duration.ofHours(1)), Recipient.group(TeamId.of("supervisors"))));
        Ticket t = open(created);
        EscalationResult now = policy.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), created, List.of());
        assertEquals(List.of(), now.fire());
        assertEquals(Optional.of(escalation), now.nextEvaluationAt());
        EscalationResult then = policy.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), escalation, List.of());
        assertEquals(1, then.fire().size());
        assertEquals(escalation, then.fire().get(0).reachedAt());
        assertEquals(
                List.of(Recipient.group(TeamId.of("supervisors"))),
                then.fire().get(0).recipients());
        assertEquals(
                List.of(),
                policy.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), escalation, then.fire())
                        .fire());
    }

    @Test
    void hierarchicalEscalationClimbsTheRoleLevels() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        Agreement a = tto(always, Duration.ofHours(4));
        Ticket t = open(Instant.parse("2026-03-02T08:00:00Z"));
        EscalationResult r = EscalationPolicy.hierarchical()
                .evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), Instant.parse("2026-03-02T12:30:00Z"), List.of());
        assertEquals(
                List.of("analyst", "manager", "senior manager"),
                r.fire().stream().map(FiredAction::rule).toList());
        assertEquals(
                List.of(
                        Instant.parse("2026-03-02T11:00:00Z"),
                        Instant.parse("2026-03-02T11:36:00Z"),
                        Instant.parse("2026-03-02T12:00:00Z")),
                r.fire().stream().map(FiredAction::reachedAt).toList());
        assertEquals(
                List.of(Recipient.role(RoleLevel.IT_SERVICE_ANALYST)),
                r.fire().get(0).recipients());
        assertEquals(Optional.of(Instant.parse("2026-03-02T14:00:00Z")), r.nextEvaluationAt());
        assertEquals("INC-7/glpi/first response/1/analyst", r.fire().get(0).key());
    }

    @Test
    void aStoppedClockEscalatesNothingNewAndSchedulesNothing() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        Agreement a = tto(always, Duration.ofHours(4));
        Ticket t = open(Instant.parse("2026-03-02T08:00:00Z"))
                .transition(TicketState.RESOLVED, Stamp.of(A, Instant.parse("2026-03-02T09:00:00Z")));
        EscalationResult r = EscalationPolicy.hierarchical()
                .evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), Instant.parse("2026-03-03T00:00:00Z"), List.of());
        assertEquals(List.of(), r.fire());
        assertEquals(Optional.empty(), r.nextEvaluationAt());
    }

    @Test
    void aRuleForOneMetricWatchesOnlyIt() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        Agreement a = tto(always, Duration.ofHours(4));
        Ticket t = open(Instant.parse("2026-03-02T08:00:00Z"));
        EscalationPolicy p = EscalationPolicy.of(
                EscalationRule.of("x", Threshold.percent(10), Recipient.role(RoleLevel.IT_SERVICE_ANALYST))
                        .forMetric("resolution"));
        assertTrue(p.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), Instant.parse("2026-03-02T12:00:00Z"), List.of())
                .fire()
                .isEmpty());
    }

    @Test
    void policiesRejectRepeatedNamesAndRulesNeedRecipients() {
        EscalationRule r = EscalationRule.of("x", Threshold.percent(10), Recipient.role(RoleLevel.IT_SERVICE_ANALYST));
        ValidationException e = assertThrows(ValidationException.class, () -> EscalationPolicy.of(r, r));
        assertEquals("unique-names", e.violations().get(0).rule());
        ValidationException none =
                assertThrows(ValidationException.class, () -> EscalationRule.of("y", Threshold.percent(10)));
        assertEquals("not-empty", none.violations().get(0).rule());
    }
}
