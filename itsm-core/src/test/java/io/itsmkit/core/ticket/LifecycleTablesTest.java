package io.itsmkit.core.ticket;

import static io.itsmkit.core.ticket.TicketFixtures.T0;
import static io.itsmkit.core.ticket.TicketFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.timeline.Stamp;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every from x to pair of every lifecycle, exercised through the public steps. The expected tables are
 * written out here independently of {@link Lifecycles}.
 */
class LifecycleTablesTest {
    private static final Stamp LATER = at(3600);
    private static final Hold VENDOR = Hold.of(OnHoldReason.AWAITING_VENDOR);

    private static final Set<String> TICKET = Set.of(
            "NEW>IN_PROGRESS",
            "NEW>ON_HOLD",
            "NEW>RESOLVED",
            "NEW>CANCELLED",
            "IN_PROGRESS>ON_HOLD",
            "IN_PROGRESS>RESOLVED",
            "IN_PROGRESS>CANCELLED",
            "ON_HOLD>IN_PROGRESS",
            "ON_HOLD>RESOLVED",
            "ON_HOLD>CANCELLED",
            "RESOLVED>CLOSED",
            "RESOLVED>IN_PROGRESS");

    private static final Set<String> PROBLEM = Set.of(
            "NEW>ASSESS",
            "NEW>CLOSED",
            "ASSESS>ROOT_CAUSE_ANALYSIS",
            "ASSESS>RESOLVED",
            "ASSESS>CLOSED",
            "ROOT_CAUSE_ANALYSIS>FIX_IN_PROGRESS",
            "ROOT_CAUSE_ANALYSIS>RESOLVED",
            "ROOT_CAUSE_ANALYSIS>CLOSED",
            "FIX_IN_PROGRESS>RESOLVED",
            "FIX_IN_PROGRESS>ROOT_CAUSE_ANALYSIS",
            "FIX_IN_PROGRESS>CLOSED",
            "RESOLVED>CLOSED",
            "RESOLVED>ROOT_CAUSE_ANALYSIS");

    private static final Set<String> MAJOR =
            Set.of("NONE>PROPOSED", "PROPOSED>ACCEPTED", "PROPOSED>REJECTED", "REJECTED>PROPOSED");

    static Stream<Arguments> ticketPairs() {
        return pairs(TicketState.values());
    }

    static Stream<Arguments> problemPairs() {
        return pairs(ProblemState.values());
    }

    static Stream<Arguments> majorPairs() {
        return pairs(MajorIncidentState.values());
    }

    private static <S> Stream<Arguments> pairs(S[] states) {
        return Stream.of(states).flatMap(f -> Stream.of(states).map(t -> Arguments.of(f, t)));
    }

    @ParameterizedTest(name = "ticket {0} -> {1}")
    @MethodSource("ticketPairs")
    void ticket(TicketState from, TicketState to) {
        Ticket t = TicketFixtures.incidentIn(from);
        boolean expected = TICKET.contains(from + ">" + to);
        assertEquals(expected, Lifecycles.TICKET.isAllowed(from, to));
        if (expected) {
            Ticket u = to == TicketState.ON_HOLD ? t.putOnHold(VENDOR, LATER) : t.transition(to, LATER);
            assertEquals(to, u.state());
            assertEquals(
                    new TicketEvent.StateChanged(
                            from, to, to == TicketState.ON_HOLD ? Optional.of(VENDOR) : Optional.empty()),
                    u.timeline().last().event());
            assertEquals(LATER, u.timeline().last().stamp());
            assertEquals(t.timeline().size() + 1, u.timeline().size());
            assertEquals(from, t.state());
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> {
                if (to == TicketState.ON_HOLD) {
                    t.putOnHold(VENDOR, LATER);
                } else {
                    t.transition(to, LATER);
                }
            });
            assertEquals(from.name(), e.from());
            assertEquals(to.name(), e.to());
            assertFalse(e.reason().isBlank());
            assertTrue(e.getMessage().startsWith("incident INC-1: cannot go from " + from + " to " + to + ": "));
        }
    }

    @ParameterizedTest(name = "problem {0} -> {1}")
    @MethodSource("problemPairs")
    void problem(ProblemState from, ProblemState to) {
        Problem p = TicketFixtures.problemIn(from);
        boolean expected = PROBLEM.contains(from + ">" + to);
        assertEquals(expected, Lifecycles.PROBLEM.isAllowed(from, to));
        if (expected) {
            Problem after = step(p, to);
            assertEquals(to, after.state());
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> step(p, to));
            assertEquals(from.name(), e.from());
            assertEquals(to.name(), e.to());
        }
    }

    /** The natural step towards a state: resolutions where the lifecycle needs one. */
    private static Problem step(Problem p, ProblemState to) {
        if (to == ProblemState.RESOLVED) {
            return p.resolve(
                    p.state() == ProblemState.FIX_IN_PROGRESS
                            ? ProblemResolution.fixApplied()
                            : ProblemResolution.riskAccepted(),
                    LATER);
        }
        if (to == ProblemState.CLOSED && p.state() != ProblemState.RESOLVED) {
            return p.resolve(ProblemResolution.cancelled(), LATER);
        }
        return p.transition(to, LATER);
    }

    @ParameterizedTest(name = "major incident {0} -> {1}")
    @MethodSource("majorPairs")
    void majorIncident(MajorIncidentState from, MajorIncidentState to) {
        Ticket t = TicketFixtures.incident();
        if (from != MajorIncidentState.NONE) {
            t = t.changeMajorIncident(MajorIncidentState.PROPOSED, "p", at(T0));
        }
        if (from == MajorIncidentState.ACCEPTED || from == MajorIncidentState.REJECTED) {
            t = t.changeMajorIncident(from, "d", at(T0));
        }
        assertEquals(from, t.majorIncident());
        boolean expected = MAJOR.contains(from + ">" + to);
        assertEquals(expected, Lifecycles.MAJOR_INCIDENT.isAllowed(from, to));
        Ticket start = t;
        if (expected) {
            Ticket u = start.changeMajorIncident(to, "because", LATER);
            assertEquals(to, u.majorIncident());
            assertEquals(
                    new TicketEvent.MajorIncidentChanged(from, to, "because"),
                    u.timeline().last().event());
        } else {
            IllegalTransitionException e = assertThrows(
                    IllegalTransitionException.class, () -> start.changeMajorIncident(to, "because", LATER));
            assertEquals(from.name(), e.from());
        }
    }
}
