package io.itsmkit.sla.clock;

import static io.itsmkit.sla.clock.Scenario.ALWAYS;
import static io.itsmkit.sla.clock.Scenario.at;
import static io.itsmkit.sla.clock.Scenario.eval;
import static io.itsmkit.sla.clock.Scenario.h;
import static io.itsmkit.sla.clock.Scenario.hold;
import static io.itsmkit.sla.clock.Scenario.open;
import static io.itsmkit.sla.clock.Scenario.priority;
import static io.itsmkit.sla.clock.Scenario.sla;
import static io.itsmkit.sla.clock.Scenario.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.condition.TicketEventKind;
import io.itsmkit.sla.condition.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The explanation lists every transition with its condition; conditions see the events of their instant only. */
class ExplanationTest {

    @Test
    void everyTransitionIsExplainedWithItsCondition() {
        Metric m = Metrics.resolution(
                        Targets.of(Scenario.ITIL.priorities(), h(1), h(2), h(8), h(24), h(48)),
                        CalendarChoice.fixed(ALWAYS))
                .withPauseOn(OnHoldReason.AWAITING_CALLER)
                .withReset(TicketCondition.happened(TicketEventKind.RECLASSIFIED));
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        t = hold(t, at("2026-03-02T10:00:00Z"), OnHoldReason.AWAITING_CALLER);
        t = state(t, at("2026-03-02T11:00:00Z"), TicketState.IN_PROGRESS);
        t = priority(t, at("2026-03-02T12:00:00Z"), 2);
        t = t.reclassify(Classification.NONE.withVip(true), Scenario.stamp(at("2026-03-02T12:30:00Z")));
        t = state(t, at("2026-03-02T13:00:00Z"), TicketState.RESOLVED);
        t = state(t, at("2026-03-02T14:00:00Z"), TicketState.IN_PROGRESS);
        t = state(t, at("2026-03-02T15:00:00Z"), TicketState.CANCELLED);
        ClockStatus c = eval(sla(m), t, at("2026-03-02T16:00:00Z"));
        assertEquals(
                List.of(
                        TransitionKind.STARTED,
                        TransitionKind.PAUSED,
                        TransitionKind.RESUMED,
                        TransitionKind.PRIORITY_CHANGED,
                        TransitionKind.RESET,
                        TransitionKind.STOPPED,
                        TransitionKind.REOPENED,
                        TransitionKind.CANCELLED),
                c.transitions().stream().map(ClockTransition::kind).toList());
        assertEquals(
                List.of(1, 1, 1, 1, 2, 2, 2, 2),
                c.transitions().stream().map(ClockTransition::cycle).toList());
        assertEquals(m.pause(), c.transitions().get(1).condition());
        assertEquals(m.resume(), c.transitions().get(2).condition());
        assertEquals(m.reset(), c.transitions().get(4).condition());
        assertEquals(m.stop(), c.transitions().get(5).condition());
        assertEquals(m.cancel(), c.transitions().get(7).condition());
        assertEquals(Stage.CANCELLED, c.stage());
        assertEquals(Duration.ofMinutes(90), c.elapsed(), "12:30-13:00 and 14:00-15:00 of cycle 2");
        assertEquals(h(2), c.target());
        assertEquals(at("2026-03-02T15:00:00Z"), c.stoppedAt().orElseThrow());
    }

    @Test
    void conditionsSeeTheEventsOfTheirInstantOnly() {
        ActorId a = ActorId.of("a");
        Instant t0 = at("2026-03-02T09:00:00Z");
        Ticket t = open(t0);
        List<Ticket> steps = List.of(
                t = t.assign(Assignment.toTeam(TeamId.of("desk")), Stamp.of(a, t0.plusSeconds(1))),
                t = t.engageSupplier(SupplierId.of("telco"), Stamp.of(a, t0.plusSeconds(2))),
                t = t.returnFromSupplier(SupplierId.of("telco"), Stamp.of(a, t0.plusSeconds(3))),
                t = t.recordFirstResponse(Stamp.of(a, t0.plusSeconds(4))),
                t = t.recordCallerReply(Stamp.of(a, t0.plusSeconds(5))),
                t = t.reclassify(Classification.NONE.withVip(true), Stamp.of(a, t0.plusSeconds(6))),
                t = t.putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), Stamp.of(a, t0.plusSeconds(7))),
                t = t.changeHold(Hold.of(OnHoldReason.AWAITING_CHANGE), Stamp.of(a, t0.plusSeconds(8))),
                t = t.overridePriority(Scenario.p(1), "now", Stamp.of(a, t0.plusSeconds(9))),
                t = t.changeMajorIncident(MajorIncidentState.PROPOSED, "drill", Stamp.of(a, t0.plusSeconds(10))),
                t = t.transition(TicketState.RESOLVED, Stamp.of(a, t0.plusSeconds(11))),
                t = t.transition(TicketState.IN_PROGRESS, Stamp.of(a, t0.plusSeconds(12))));
        List<Set<TicketEventKind>> expected = List.of(
                EnumSet.of(TicketEventKind.ASSIGNMENT_CHANGED),
                EnumSet.of(TicketEventKind.SUPPLIER_ENGAGED),
                EnumSet.of(TicketEventKind.SUPPLIER_RETURNED),
                EnumSet.of(TicketEventKind.FIRST_RESPONDED),
                EnumSet.of(TicketEventKind.CALLER_REPLIED),
                EnumSet.of(TicketEventKind.RECLASSIFIED),
                EnumSet.of(TicketEventKind.STATE_CHANGED),
                EnumSet.of(TicketEventKind.HOLD_CHANGED),
                EnumSet.of(TicketEventKind.PRIORITY_CHANGED),
                EnumSet.of(TicketEventKind.MAJOR_INCIDENT_CHANGED),
                EnumSet.of(TicketEventKind.STATE_CHANGED),
                EnumSet.of(TicketEventKind.STATE_CHANGED, TicketEventKind.REOPENED));
        for (int i = 0; i < steps.size(); i++) {
            Ticket s = steps.get(i);
            TicketView v = ClockEvaluator.DEFAULT.ticketAsOf(s.timeline(), t0.plusSeconds(i + 1));
            for (TicketEventKind k : TicketEventKind.values()) {
                assertEquals(expected.get(i).contains(k), v.happened(k), "step " + i + " " + k);
            }
        }
        TicketView last = ClockEvaluator.DEFAULT.ticketAsOf(t.timeline(), t0.plusSeconds(20));
        assertFalse(last.happened(TicketEventKind.STATE_CHANGED), "a later instant has no events");
        assertFalse(last.isEngaged(SupplierId.of("telco")));
        assertTrue(last.hasFirstResponse());
        assertEquals(Scenario.p(1), last.priority());
        assertEquals(TicketState.IN_PROGRESS, last.state());
    }
}
