package io.itsmkit.core.ticket;

import static io.itsmkit.core.ticket.TicketFixtures.ALICE;
import static io.itsmkit.core.ticket.TicketFixtures.ITIL;
import static io.itsmkit.core.ticket.TicketFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityOverride;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {
    private static final Instant T1 = T0.plusSeconds(600);
    private static final Instant T2 = T0.plusSeconds(1200);
    private static final Instant T3 = T0.plusSeconds(1800);

    @Test
    void openingRecordsTheOpenedEvent() {
        Updated<Ticket> u = Ticket.open(TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ-7"), ALICE, T0);
        Ticket t = u.value();
        assertEquals(TicketState.NEW, t.state());
        assertEquals(TicketKind.SERVICE_REQUEST, t.kind());
        assertEquals(T0, t.openedAt());
        assertEquals(List.of(u.event()), t.timeline().events());
        assertEquals(
                new TicketEvent.Opened(T0, ALICE, TicketKind.SERVICE_REQUEST, "Mail is down", t.priority()), u.event());
        assertTrue(t.isOpen());
        assertFalse(t.isMajorIncident());
    }

    @Test
    void problemsAreNotOpenedAsTickets() {
        ValidationException e = assertThrows(
                ValidationException.class, () -> Ticket.open(TicketKind.PROBLEM, TicketFixtures.draft("X"), ALICE, T0));
        assertEquals("kind", e.violations().get(0).path());
        assertThrows(ValidationException.class, () -> Ticket.open(null, TicketFixtures.draft("X"), ALICE, T0));
        assertThrows(ValidationException.class, () -> Ticket.open(TicketKind.INCIDENT, null, ALICE, T0));
        assertThrows(
                ValidationException.class, () -> Ticket.open(TicketKind.INCIDENT, TicketFixtures.draft("X"), null, T0));
        assertThrows(
                ValidationException.class,
                () -> Ticket.open(TicketKind.INCIDENT, TicketFixtures.draft("X"), ALICE, null));
    }

    @Test
    void reopenIsCountedAndRecordedWithActorAndTime() {
        Ticket resolved = TicketFixtures.incidentIn(TicketState.RESOLVED);
        assertEquals(Optional.of(T0.plusSeconds(60)), resolved.resolvedAt());
        Updated<Ticket> reopened = resolved.transition(TicketState.IN_PROGRESS, ActorId.of("caller"), T1);
        assertEquals(1, reopened.value().reopenCount());
        assertEquals(Optional.empty(), reopened.value().resolvedAt());
        TicketEvent.StateChanged e = (TicketEvent.StateChanged) reopened.event();
        assertTrue(e.isReopen());
        assertEquals(ActorId.of("caller"), e.actor());
        assertEquals(T1, e.at());
        Ticket again = reopened.value()
                .transition(TicketState.RESOLVED, ALICE, T2)
                .value()
                .transition(TicketState.IN_PROGRESS, ALICE, T3)
                .value();
        assertEquals(2, again.reopenCount());
    }

    @Test
    void closedTicketCannotBeReopened() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.incidentIn(TicketState.CLOSED).transition(TicketState.IN_PROGRESS, ALICE, T1));
        assertEquals("reopen only from RESOLVED; CLOSED is final", e.reason());
    }

    @Test
    void closingKeepsTheResolutionTime() {
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        assertEquals(Optional.of(T0.plusSeconds(60)), closed.resolvedAt());
        assertFalse(closed.isOpen());
    }

    @Test
    void onHoldNeedsAReasonAndResumingClearsIt() {
        ValidationException e = assertThrows(
                ValidationException.class, () -> TicketFixtures.incident().transition(TicketState.ON_HOLD, ALICE, T1));
        assertEquals("on-hold-needs-reason", e.violations().get(0).rule());
        Ticket held = TicketFixtures.incidentIn(TicketState.ON_HOLD);
        assertEquals(Optional.of(OnHoldReason.AWAITING_CALLER), held.onHoldReason());
        Ticket resumed = held.transition(TicketState.IN_PROGRESS, ALICE, T1).value();
        assertEquals(Optional.empty(), resumed.onHoldReason());
        assertEquals(0, resumed.reopenCount());
        assertThrows(ValidationException.class, () -> held.putOnHold(null, ALICE, T1));
    }

    @Test
    void stepsMustNotGoBackInTime() {
        Ticket t = TicketFixtures.incidentIn(TicketState.IN_PROGRESS);
        ValidationException e =
                assertThrows(ValidationException.class, () -> t.transition(TicketState.RESOLVED, ALICE, T0));
        assertEquals("chronological", e.violations().get(0).rule());
        assertEquals("event.at", e.violations().get(0).path());
    }

    @Test
    void reprioritisingRecomputesFromTheMatrix() {
        Ticket t = TicketFixtures.incident();
        Updated<Ticket> u =
                t.reprioritise(ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1);
        assertEquals(1, u.value().priority().priority().number());
        assertEquals(new TicketEvent.PriorityChanged(T1, ALICE, u.value().priority()), u.event());
        PriorityOverride o = PriorityOverride.of(ITIL.priorities().level(5), "waiting for budget", ALICE, T2);
        Ticket overridden = u.value().overridePriority(o).value();
        assertEquals(5, overridden.priority().priority().number());
        Ticket recomputed = overridden
                .reprioritise(ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(2), ALICE, T3)
                .value();
        assertFalse(recomputed.priority().isOverridden());
        assertEquals(2, recomputed.priority().priority().number());
        assertThrows(ValidationException.class, () -> t.overridePriority(null));
    }

    @Test
    void assignmentToTeamAgentOrSupplier() {
        Ticket t = TicketFixtures.incident();
        Assignment toAgent = Assignment.toAgent(TeamId.of("net"), AgentId.of("bob"));
        Ticket a = t.assign(toAgent, ALICE, T1).value();
        assertEquals(Optional.of(toAgent), a.assignment());
        Ticket s = a.assign(Assignment.toSupplier(SupplierId.of("acme")), ALICE, T2)
                .value();
        assertEquals(
                new Assignment.ToSupplier(SupplierId.of("acme")), s.assignment().orElseThrow());
        assertEquals(new Assignment.ToTeam(TeamId.of("net"), Optional.empty()), Assignment.toTeam(TeamId.of("net")));
        assertThrows(ValidationException.class, () -> Assignment.toTeam(null));
        assertThrows(ValidationException.class, () -> Assignment.toAgent(TeamId.of("x"), null));
        assertThrows(ValidationException.class, () -> Assignment.toSupplier(null));
        assertThrows(ValidationException.class, () -> t.assign(null, ALICE, T1));
    }

    @Test
    void finalTicketsCannotChange() {
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        ValidationException e = assertThrows(
                ValidationException.class, () -> closed.assign(Assignment.toTeam(TeamId.of("x")), ALICE, T1));
        assertEquals("open-ticket", e.violations().get(0).rule());
        Ticket cancelled = TicketFixtures.incidentIn(TicketState.CANCELLED);
        assertThrows(
                ValidationException.class,
                () -> cancelled.reprioritise(
                        ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1));
        assertThrows(ValidationException.class, () -> cancelled.recordFirstResponse(ALICE, T1));
        assertThrows(
                ValidationException.class,
                () -> cancelled.changeMajorIncident(MajorIncidentState.PROPOSED, "x", ALICE, T1));
    }

    @Test
    void firstResponseIsRecordedOnce() {
        Ticket t = TicketFixtures.incident().recordFirstResponse(ALICE, T1).value();
        assertEquals(Optional.of(T1), t.firstRespondedAt());
        assertEquals(new TicketEvent.FirstResponded(T1, ALICE), t.timeline().last());
        ValidationException e = assertThrows(ValidationException.class, () -> t.recordFirstResponse(ALICE, T2));
        assertEquals("first-response-once", e.violations().get(0).rule());
    }

    @Test
    void onlyIncidentsCanBeMajor() {
        Ticket request = Ticket.open(TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ-1"), ALICE, T0)
                .value();
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> request.changeMajorIncident(MajorIncidentState.PROPOSED, "x", ALICE, T1));
        assertEquals("only incidents can be major incidents", e.reason());
        assertTrue(e.getMessage().startsWith("service request REQ-1"));
        Ticket accepted = TicketFixtures.incident()
                .changeMajorIncident(MajorIncidentState.PROPOSED, "big", ALICE, T1)
                .value()
                .changeMajorIncident(MajorIncidentState.ACCEPTED, "confirmed", ALICE, T2)
                .value();
        assertTrue(accepted.isMajorIncident());
        assertThrows(
                ValidationException.class,
                () -> TicketFixtures.incident().changeMajorIncident(MajorIncidentState.PROPOSED, " ", ALICE, T1));
    }

    @Test
    void autoCloseAfterTheWaitingPeriodButNeverMajorIncidents() {
        AutoClosePolicy policy = AutoClosePolicy.afterDays(3);
        Ticket resolved = TicketFixtures.incidentIn(TicketState.RESOLVED);
        Instant resolvedAt = resolved.resolvedAt().orElseThrow();
        Instant due = resolvedAt.plus(Duration.ofDays(3));
        assertFalse(policy.isDue(resolved, due.minusNanos(1)));
        assertEquals(Optional.empty(), policy.apply(resolved, due.minusNanos(1)));
        assertTrue(policy.isDue(resolved, due));
        Updated<Ticket> closed = policy.apply(resolved, due).orElseThrow();
        assertEquals(TicketState.CLOSED, closed.value().state());
        assertEquals(ActorId.SYSTEM, closed.event().actor());
        assertEquals(due, closed.event().at());
        assertFalse(policy.isDue(TicketFixtures.incidentIn(TicketState.IN_PROGRESS), due.plusSeconds(1)));

        Ticket proposed = TicketFixtures.incident()
                .changeMajorIncident(MajorIncidentState.PROPOSED, "big", ALICE, T0)
                .value()
                .transition(TicketState.RESOLVED, ALICE, T1)
                .value();
        assertFalse(policy.isDue(proposed, T1.plus(Duration.ofDays(30))));
        Ticket accepted = proposed.changeMajorIncident(MajorIncidentState.ACCEPTED, "yes", ALICE, T2)
                .value();
        assertFalse(policy.isDue(accepted, T1.plus(Duration.ofDays(30))));
        Ticket rejected = proposed.changeMajorIncident(MajorIncidentState.REJECTED, "no", ALICE, T2)
                .value();
        assertTrue(policy.isDue(rejected, T1.plus(Duration.ofDays(30))));

        assertThrows(ValidationException.class, () -> new AutoClosePolicy(Duration.ZERO));
        assertThrows(ValidationException.class, () -> AutoClosePolicy.afterDays(-1));
        assertThrows(ValidationException.class, () -> policy.isDue(null, T0));
        assertThrows(ValidationException.class, () -> policy.isDue(resolved, null));
    }

    @Test
    void triggersProposeOnTheFirstMatchingRule() {
        MajorIncidentRule vipOutage =
                new MajorIncidentRule("VIP outage", t -> t.caller().isPresent());
        MajorIncidentTriggers triggers = MajorIncidentTriggers.of(List.of(MajorIncidentRule.topPriority(), vipOutage));
        Ticket normal = TicketFixtures.incident();
        assertEquals(Optional.empty(), triggers.firstMatch(normal));
        assertEquals(Optional.empty(), triggers.propose(normal, T1));

        Ticket critical = normal.reprioritise(
                        ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1)
                .value();
        Updated<Ticket> proposed = triggers.propose(critical, T2).orElseThrow();
        assertEquals(MajorIncidentState.PROPOSED, proposed.value().majorIncident());
        assertEquals(
                new TicketEvent.MajorIncidentChanged(
                        T2, ActorId.SYSTEM, MajorIncidentState.NONE, MajorIncidentState.PROPOSED, "rule: top priority"),
                proposed.event());
        // never proposed twice by automation, nor after a rejection
        assertEquals(Optional.empty(), triggers.propose(proposed.value(), T3));
        Ticket rejected = proposed.value()
                .changeMajorIncident(MajorIncidentState.REJECTED, "no", ALICE, T3)
                .value();
        assertEquals(Optional.empty(), triggers.propose(rejected, T3));
        // service requests and closed incidents are never proposed
        Ticket request = Ticket.open(TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ"), ALICE, T0)
                .value()
                .reprioritise(ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1)
                .value();
        assertEquals(Optional.empty(), triggers.propose(request, T2));
        Ticket closedCritical =
                critical.transition(TicketState.CANCELLED, ALICE, T2).value();
        assertEquals(Optional.empty(), triggers.propose(closedCritical, T3));

        assertThrows(
                ValidationException.class, () -> MajorIncidentTriggers.of(java.util.Arrays.asList(vipOutage, null)));
        assertThrows(ValidationException.class, () -> new MajorIncidentRule(" ", t -> true));
    }

    @Test
    void timelineRebuildsFromStoredEventsAndChecksThem() {
        Ticket t = TicketFixtures.incidentIn(TicketState.CLOSED);
        assertEquals(t.timeline(), TicketTimeline.of(t.timeline().events()));
        assertEquals(
                t.timeline().hashCode(),
                TicketTimeline.of(t.timeline().events()).hashCode());
        assertEquals(2, t.timeline().eventsOf(TicketEvent.StateChanged.class).size());
        ValidationException empty = assertThrows(ValidationException.class, () -> TicketTimeline.of(List.of()));
        assertEquals("starts-with-opened", empty.violations().get(0).rule());
        List<TicketEvent> noOpening = t.timeline().events().subList(1, 3);
        assertThrows(ValidationException.class, () -> TicketTimeline.of(noOpening));
        ValidationException twice = assertThrows(
                ValidationException.class,
                () -> t.timeline().append(t.timeline().opened()));
        assertEquals("single-opened", twice.violations().get(0).rule());
        assertTrue(t.timeline().toString().startsWith("TicketTimeline["));
    }

    @Test
    void inconsistentTicketsCannotBeBuilt() {
        Ticket t = TicketFixtures.incident();
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ImmutableTicket.builder()
                        .from(t)
                        .state(TicketState.ON_HOLD)
                        .reopenCount(3)
                        .build());
        assertEquals(
                List.of("onHoldReason reason-iff-on-hold", "reopenCount matches-timeline"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
        ValidationException resolved = assertThrows(
                ValidationException.class,
                () -> ImmutableTicket.builder()
                        .from(t)
                        .state(TicketState.RESOLVED)
                        .build());
        assertEquals("resolvedAt", resolved.violations().get(0).path());
        ValidationException stale = assertThrows(
                ValidationException.class,
                () -> ImmutableTicket.builder().from(t).resolvedAt(T1).build());
        assertEquals("only-when-resolved", stale.violations().get(0).rule());
        ValidationException major = assertThrows(
                ValidationException.class,
                () -> ImmutableTicket.builder()
                        .from(t)
                        .kind(TicketKind.SERVICE_REQUEST)
                        .majorIncident(MajorIncidentState.PROPOSED)
                        .build());
        assertEquals("majorIncident", major.violations().get(0).path());
        ValidationException kind = assertThrows(
                ValidationException.class,
                () -> ImmutableTicket.builder().from(t).kind(TicketKind.PROBLEM).build());
        assertEquals("kind", kind.violations().get(0).path());
    }

    @Test
    void missingBuilderAttributesAreNamed() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> TicketDraft.builder().id(TicketId.of("X")).build());
        assertEquals("required", e.violations().get(0).rule());
        assertTrue(e.violations().get(0).path().contains("title"), e.getMessage());
        ValidationException blank = assertThrows(
                ValidationException.class,
                () -> TicketDraft.builder()
                        .from(TicketFixtures.draft("X"))
                        .title(" ")
                        .build());
        assertEquals("title", blank.violations().get(0).path());
    }
}
