package io.itsmkit.core.ticket;

import static io.itsmkit.core.ticket.TicketFixtures.ALICE;
import static io.itsmkit.core.ticket.TicketFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class TicketEventTest {
    private static final List<BiFunction<Instant, ActorId, TicketEvent>> EVENTS = List.of(
            (at, by) -> new TicketEvent.Opened(
                    at, by, TicketKind.INCIDENT, "t", TicketFixtures.incident().priority()),
            (at, by) -> new TicketEvent.PriorityChanged(
                    at, by, TicketFixtures.incident().priority()),
            (at, by) -> new TicketEvent.Assigned(at, by, Assignment.toTeam(TeamId.of("x"))),
            (at, by) ->
                    new TicketEvent.StateChanged(at, by, TicketState.NEW, TicketState.IN_PROGRESS, Optional.empty()),
            (at, by) -> new TicketEvent.FirstResponded(at, by),
            (at, by) -> new TicketEvent.MajorIncidentChanged(
                    at, by, MajorIncidentState.NONE, MajorIncidentState.PROPOSED, "r"),
            (at, by) -> new TicketEvent.ProblemStateChanged(
                    at, by, ProblemState.NEW, ProblemState.ASSESS, Optional.empty()),
            (at, by) -> new TicketEvent.WorkaroundRecorded(at, by, "w"));

    @Test
    void everyEventNeedsAnInstantAndAnActor() {
        for (BiFunction<Instant, ActorId, TicketEvent> e : EVENTS) {
            assertEquals(T0, e.apply(T0, ALICE).at());
            assertEquals(
                    "event.at",
                    assertThrows(ValidationException.class, () -> e.apply(null, ALICE))
                            .violations()
                            .get(0)
                            .path());
            assertEquals(
                    "event.actor",
                    assertThrows(ValidationException.class, () -> e.apply(T0, null))
                            .violations()
                            .get(0)
                            .path());
        }
    }

    @Test
    void onHoldReasonGoesWithOnHoldOnly() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new TicketEvent.StateChanged(
                        T0,
                        ALICE,
                        TicketState.NEW,
                        TicketState.IN_PROGRESS,
                        Optional.of(OnHoldReason.AWAITING_CALLER)));
        assertEquals("reason-iff-on-hold", e.violations().get(0).rule());
        assertThrows(
                ValidationException.class,
                () -> new TicketEvent.StateChanged(T0, ALICE, TicketState.NEW, TicketState.ON_HOLD, Optional.empty()));
    }

    @Test
    void eventsAtTheSameInstantKeepTheirOrder() {
        Ticket t = TicketFixtures.incident()
                .transition(TicketState.IN_PROGRESS, ALICE, T0)
                .value()
                .recordFirstResponse(ALICE, T0)
                .value();
        assertEquals(3, t.timeline().events().size());
        assertEquals(new TicketEvent.FirstResponded(T0, ALICE), t.timeline().last());
    }
}
