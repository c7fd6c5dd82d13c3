package io.itsmkit.core.ticket;

import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import java.time.Instant;

/** Small helpers for the ticket tests: tickets and problems in every state. */
final class TicketFixtures {
    static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    static final ActorId ALICE = ActorId.of("alice");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private TicketFixtures() {}

    static TicketDraft draft(String id) {
        return TicketDraft.builder()
                .id(TicketId.of(id))
                .title("Mail is down")
                .priority(PriorityDecision.derive(
                        ITIL, ITIL.impacts().level(2), ITIL.urgencies().level(2)))
                .build();
    }

    static Ticket incident() {
        return Ticket.open(TicketKind.INCIDENT, draft("INC-1"), ALICE, T0).value();
    }

    static Ticket incidentIn(TicketState state) {
        Ticket t = incident();
        Instant at = T0.plusSeconds(60);
        switch (state) {
            case NEW:
                return t;
            case IN_PROGRESS:
                return t.transition(TicketState.IN_PROGRESS, ALICE, at).value();
            case ON_HOLD:
                return t.putOnHold(OnHoldReason.AWAITING_CALLER, ALICE, at).value();
            case RESOLVED:
                return t.transition(TicketState.RESOLVED, ALICE, at).value();
            case CLOSED:
                return incidentIn(TicketState.RESOLVED)
                        .transition(TicketState.CLOSED, ALICE, at)
                        .value();
            case CANCELLED:
                return t.transition(TicketState.CANCELLED, ALICE, at).value();
            default:
                throw new AssertionError(state);
        }
    }

    static Problem problemIn(ProblemState state) {
        Problem p = Problem.open(draft("PRB-1"), ALICE, T0).value();
        Instant at = T0.plusSeconds(60);
        switch (state) {
            case NEW:
                return p;
            case ASSESS:
                return p.transition(ProblemState.ASSESS, ALICE, at).value();
            case ROOT_CAUSE_ANALYSIS:
                return problemIn(ProblemState.ASSESS)
                        .transition(ProblemState.ROOT_CAUSE_ANALYSIS, ALICE, at)
                        .value();
            case FIX_IN_PROGRESS:
                return problemIn(ProblemState.ROOT_CAUSE_ANALYSIS)
                        .transition(ProblemState.FIX_IN_PROGRESS, ALICE, at)
                        .value();
            case RESOLVED:
                return problemIn(ProblemState.FIX_IN_PROGRESS)
                        .resolve(ProblemResolution.fixApplied(), ALICE, at)
                        .value();
            case CLOSED:
                return problemIn(ProblemState.RESOLVED)
                        .transition(ProblemState.CLOSED, ALICE, at)
                        .value();
            default:
                throw new AssertionError(state);
        }
    }
}
