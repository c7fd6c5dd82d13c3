package io.itsmkit.core.ticket;

import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.timeline.Stamp;
import java.time.Instant;

/** Small helpers for the ticket tests: tickets and problems in every state. */
final class TicketFixtures {
    static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    static final ActorId ALICE = ActorId.of("alice");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private TicketFixtures() {}

    static Stamp at(Instant at) {
        return Stamp.of(ALICE, at);
    }

    static Stamp at(long secondsAfterT0) {
        return at(T0.plusSeconds(secondsAfterT0));
    }

    static PriorityDecision medium() {
        return PriorityDecision.derive(
                ITIL, ITIL.impacts().level(2), ITIL.urgencies().level(2));
    }

    static TicketDraft draft(String id) {
        return TicketDraft.of(TicketId.of(id), "Mail is down", medium());
    }

    static Ticket incident() {
        return Ticket.open(TicketKind.INCIDENT, draft("INC-1"), at(T0));
    }

    static Ticket incidentIn(TicketState state) {
        Ticket t = incident();
        Stamp s = at(60);
        switch (state) {
            case NEW:
                return t;
            case IN_PROGRESS:
                return t.transition(TicketState.IN_PROGRESS, s);
            case ON_HOLD:
                return t.putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), s);
            case RESOLVED:
                return t.transition(TicketState.RESOLVED, s);
            case CLOSED:
                return incidentIn(TicketState.RESOLVED).transition(TicketState.CLOSED, s);
            case CANCELLED:
                return t.transition(TicketState.CANCELLED, s);
            default:
                throw new AssertionError(state);
        }
    }

    static Problem problem() {
        return Problem.open(ProblemId.of("PRB-1"), "Mail server crashes", medium(), Classification.NONE, at(T0));
    }

    static Problem problemIn(ProblemState state) {
        Problem p = problem();
        Stamp s = at(60);
        switch (state) {
            case NEW:
                return p;
            case ASSESS:
                return p.transition(ProblemState.ASSESS, s);
            case ROOT_CAUSE_ANALYSIS:
                return problemIn(ProblemState.ASSESS).transition(ProblemState.ROOT_CAUSE_ANALYSIS, s);
            case FIX_IN_PROGRESS:
                return problemIn(ProblemState.ROOT_CAUSE_ANALYSIS).transition(ProblemState.FIX_IN_PROGRESS, s);
            case RESOLVED:
                return problemIn(ProblemState.FIX_IN_PROGRESS).resolve(ProblemResolution.fixApplied(), s);
            case CLOSED:
                return problemIn(ProblemState.RESOLVED).transition(ProblemState.CLOSED, s);
            default:
                throw new AssertionError(state);
        }
    }
}
