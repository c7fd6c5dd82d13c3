package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.Metric;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Helpers for example tests: ITIL priorities, calendars, tickets built through core's commands. */
final class Scenario {
    private Scenario() {}

    static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    static final ActorId AGENT = ActorId.of("agent");
    static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
    static final BusinessCalendar NINE_TO_FIVE_UTC =
            BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.parse("09:00-17:00"));

    static Priority p(int n) {
        return ITIL.priorities().level(n);
    }

    static BusinessCalendar weekdays(String zone, String window) {
        return BusinessCalendar.weekdays(ZoneId.of(zone), TimeWindow.parse(window));
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static Stamp stamp(Instant at) {
        return Stamp.of(AGENT, at);
    }

    /** An incident of ITIL priority 3 (impact 2, urgency 2) unless said otherwise. */
    static Ticket open(Instant at) {
        return open(at, 2, 2, Classification.NONE);
    }

    static Ticket open(Instant at, int impact, int urgency, Classification c) {
        PriorityDecision d = PriorityDecision.derive(
                ITIL, ITIL.impacts().level(impact), ITIL.urgencies().level(urgency));
        return Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.of(TicketId.of("INC-1"), "mail down", d).withClassification(c),
                stamp(at));
    }

    static Ticket hold(Ticket t, Instant at, OnHoldReason reason) {
        return t.putOnHold(Hold.of(reason), stamp(at));
    }

    static Ticket state(Ticket t, Instant at, TicketState s) {
        return t.transition(s, stamp(at));
    }

    static Ticket priority(Ticket t, Instant at, int level) {
        return t.overridePriority(p(level), "reassessed", stamp(at));
    }

    static Agreement sla(Metric... metrics) {
        return Agreement.of(AgreementId.of("gold"), "Gold", AgreementKind.SLA, List.of(), metrics);
    }

    static ClockStatus eval(Agreement a, Ticket t, Instant at) {
        return ClockEvaluator.DEFAULT.evaluate(a, t.timeline(), at).clocks().get(0);
    }

    static Duration h(long hours) {
        return Duration.ofHours(hours);
    }
}
