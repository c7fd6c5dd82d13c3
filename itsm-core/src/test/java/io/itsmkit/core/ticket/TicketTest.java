package io.itsmkit.core.ticket;

import static io.itsmkit.core.ticket.TicketFixtures.ALICE;
import static io.itsmkit.core.ticket.TicketFixtures.ITIL;
import static io.itsmkit.core.ticket.TicketFixtures.T0;
import static io.itsmkit.core.ticket.TicketFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.StakeholderId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketTest {
    private static final Stamp S1 = at(600);
    private static final Stamp S2 = at(1200);
    private static final Stamp S3 = at(1800);
    private static final Classification MAIL_FOR_FINANCE = Classification.NONE
            .withService(ConfigurationItemId.of("email"))
            .withConfigurationItem(ConfigurationItemId.of("exchange-01"))
            .withCategory(Category.of("email"))
            .withCaller(StakeholderId.of("carla"))
            .withCustomer(CustomerId.of("finance"))
            .withVip(true);

    @Test
    void openingRecordsTheOpenedEventWithTheClassification() {
        Ticket t = Ticket.open(
                TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ-7").withClassification(MAIL_FOR_FINANCE), at(T0));
        assertEquals(TicketState.NEW, t.state());
        assertEquals(TicketKind.SERVICE_REQUEST, t.kind());
        assertEquals(T0, t.openedAt());
        assertEquals(MAIL_FOR_FINANCE, t.classification());
        Recorded<TicketEvent> opened = t.timeline().first();
        assertEquals(new EventId(TicketId.of("REQ-7"), 1), opened.id());
        assertEquals(at(T0), opened.stamp());
        assertEquals(
                new TicketEvent.Opened(
                        TicketKind.SERVICE_REQUEST, "Mail is down", t.priorityDecision(), MAIL_FOR_FINANCE),
                opened.event());
        assertTrue(t.isOpen());
        assertFalse(t.isMajorIncident());
        assertEquals(TicketId.of("REQ-7"), t.id());
        assertEquals("service request REQ-7 [NEW, priority 3 - Moderate, 1 events]", t.toString());
    }

    @Test
    void aRetroactiveOpeningCountsFromWhenItHappened() {
        Instant call = T0.minus(Duration.ofMinutes(20));
        Ticket t = Ticket.open(TicketKind.INCIDENT, TicketFixtures.draft("INC-9"), Stamp.of(ALICE, call, T0));
        assertEquals(call, t.openedAt());
        assertEquals(T0, t.timeline().first().recordedAt());
        assertTrue(t.timeline().first().stamp().isRetroactive());
        // a later event may occur before the opening was recorded, but not before the call
        Ticket responded = t.recordFirstResponse(Stamp.of(ALICE, call.plusSeconds(60), T0));
        assertEquals(Optional.of(call.plusSeconds(60)), responded.firstRespondedAt());
        ValidationException early = assertThrows(
                ValidationException.class, () -> t.recordFirstResponse(Stamp.of(ALICE, call.minusNanos(1), T0)));
        assertEquals("stamp.occurredAt", early.violations().get(0).path());
        assertEquals("chronological", early.violations().get(0).rule());
        ValidationException recordedEarlier = assertThrows(
                ValidationException.class,
                () -> t.recordFirstResponse(Stamp.of(ALICE, call.plusSeconds(1), T0.minusNanos(1))));
        assertEquals("stamp.recordedAt", recordedEarlier.violations().get(0).path());
    }

    @Test
    void badArgumentsOfOpenAreNamed() {
        TicketDraft d = TicketFixtures.draft("X");
        assertEquals("kind", path(() -> Ticket.open(null, d, at(T0))));
        assertEquals("draft", path(() -> Ticket.open(TicketKind.INCIDENT, null, at(T0))));
        assertEquals("stamp", path(() -> Ticket.open(TicketKind.INCIDENT, d, null)));
    }

    @Test
    void aDraftReportsEveryMissingPart() {
        ValidationException e = assertThrows(ValidationException.class, () -> new TicketDraft(null, null, null, null));
        assertEquals(
                List.of("id required", "title required", "priority required", "classification required"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
        ValidationException blank = assertThrows(
                ValidationException.class, () -> TicketDraft.of(TicketId.of("X"), " ", TicketFixtures.medium()));
        assertEquals(
                "title not-blank",
                blank.violations().get(0).path() + " "
                        + blank.violations().get(0).rule());
    }

    @Test
    void reopenIsCountedWithItsActorAndTime() {
        Ticket resolved = TicketFixtures.incidentIn(TicketState.RESOLVED);
        assertEquals(Optional.of(T0.plusSeconds(60)), resolved.resolvedAt());
        Ticket reopened = resolved.transition(TicketState.IN_PROGRESS, Stamp.of(ActorId.of("caller"), S1.occurredAt()));
        assertEquals(1, reopened.reopenCount());
        assertEquals(Optional.empty(), reopened.resolvedAt());
        Recorded<TicketEvent> last = reopened.timeline().last();
        assertTrue(((TicketEvent.StateChanged) last.event()).isReopen());
        assertEquals(ActorId.of("caller"), last.actor());
        assertEquals(S1.occurredAt(), last.occurredAt());
        Ticket again = reopened.transition(TicketState.RESOLVED, S2).transition(TicketState.IN_PROGRESS, S3);
        assertEquals(2, again.reopenCount());
    }

    @Test
    void closingKeepsTheResolutionTimeAndAClosedTicketIsFinal() {
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        assertEquals(Optional.of(T0.plusSeconds(60)), closed.resolvedAt());
        assertFalse(closed.isOpen());
        IllegalTransitionException e =
                assertThrows(IllegalTransitionException.class, () -> closed.transition(TicketState.IN_PROGRESS, S1));
        assertEquals("reopen only from RESOLVED; CLOSED is final", e.reason());
        assertEquals(ItsmException.Kind.REFUSED, e.kind());
    }

    @Test
    void holdsCarryAnOpenReasonWhatTheyWaitOnAndChangeWithoutAResume() {
        ValidationException noReason = assertThrows(
                ValidationException.class, () -> TicketFixtures.incident().transition(TicketState.ON_HOLD, S1));
        assertEquals("hold-iff-on-hold", noReason.violations().get(0).rule());

        Ticket held = TicketFixtures.incident().putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), S1);
        assertEquals(Optional.of(Hold.of(OnHoldReason.AWAITING_CALLER)), held.hold());
        Hold vendor = Hold.of(OnHoldReason.AWAITING_VENDOR, SupplierId.of("telco"));
        Ticket changed = held.changeHold(vendor, S2);
        assertEquals(TicketState.ON_HOLD, changed.state());
        assertEquals(Optional.of(vendor), changed.hold());
        assertEquals(
                new TicketEvent.HoldChanged(Hold.of(OnHoldReason.AWAITING_CALLER), vendor),
                changed.timeline().last().event());
        assertSame(changed, changed.changeHold(vendor, S3), "the same hold records nothing");

        OnHoldReason parts = OnHoldReason.of("awaiting-parts");
        Ticket own = changed.changeHold(Hold.of(parts), S3);
        assertEquals(parts, own.hold().orElseThrow().reason());

        Ticket resumed = own.transition(TicketState.IN_PROGRESS, S3);
        assertEquals(Optional.empty(), resumed.hold());
        assertEquals(0, resumed.reopenCount());

        StateChangeRefusedException notHeld =
                assertThrows(StateChangeRefusedException.class, () -> resumed.changeHold(vendor, S3));
        assertEquals("on-hold", notHeld.rule());
        assertEquals("incident INC-1", notHeld.subject());
        assertEquals("hold", path(() -> held.putOnHold(null, S2)));
    }

    @Test
    void onHoldReasonsAreOpenDataWithValidatedCodes() {
        assertEquals(OnHoldReason.AWAITING_CALLER, OnHoldReason.of("awaiting-caller"));
        assertEquals("awaiting-caller", OnHoldReason.AWAITING_CALLER.toString());
        for (String bad : new String[] {"", "Awaiting", "1st", "a b", "a".repeat(65)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> OnHoldReason.of(bad), bad);
            assertEquals("code-format", e.violations().get(0).rule());
        }
        assertEquals("onHoldReason.code", path(() -> OnHoldReason.of(null)));
        assertEquals(64, OnHoldReason.of("a".repeat(64)).code().length());
    }

    @Test
    void stepsAreRecordedInOrderAndNothingOccursBeforeTheOpening() {
        Ticket t = TicketFixtures.incidentIn(TicketState.IN_PROGRESS);
        ValidationException recorded =
                assertThrows(ValidationException.class, () -> t.transition(TicketState.RESOLVED, at(T0)));
        assertEquals("chronological", recorded.violations().get(0).rule());
        assertEquals("stamp.recordedAt", recorded.violations().get(0).path());
        ValidationException beforeOpening = assertThrows(
                ValidationException.class,
                () -> t.recordCallerReply(Stamp.of(ALICE, T0.minusNanos(1), T0.plusSeconds(600))));
        assertEquals("stamp.occurredAt", beforeOpening.violations().get(0).path());
    }

    @Test
    void aRetroactiveFactTakesItsPlaceByOccurrenceAndCounts() {
        // a phone answer at 09:05, logged at 09:20, after a 09:10 assignment
        Ticket assigned = TicketFixtures.incident().assign(Assignment.toTeam(TeamId.of("net")), at(600));
        Ticket responded = assigned.recordFirstResponse(Stamp.of(ALICE, T0.plusSeconds(300), T0.plusSeconds(1200)));
        assertEquals(Optional.of(T0.plusSeconds(300)), responded.firstRespondedAt());
        assertEquals(
                List.of(
                        TicketEvent.Opened.class,
                        TicketEvent.FirstResponded.class,
                        TicketEvent.AssignmentChanged.class),
                responded.timeline().events().stream()
                        .map(r -> r.event().getClass())
                        .toList());
        assertEquals(3, responded.timeline().get(1).id().sequence(), "ids count recordings");
        assertEquals(responded.timeline().get(1), responded.timeline().latest());
        assertEquals(responded, Ticket.replay(responded.timeline()));
        assertEquals(assigned.assignment(), responded.assignment());
    }

    @Test
    void aRetroactiveCommandIsDecidedOnThePastAndMustFitWhatCameAfter() {
        Ticket t = TicketFixtures.incident().transition(TicketState.IN_PROGRESS, at(600));
        // on hold at 09:05, before work started at 09:10: then the 09:10 event (NEW -> IN_PROGRESS) no longer fits
        StateChangeRefusedException contradicts = assertThrows(
                StateChangeRefusedException.class,
                () -> t.putOnHold(
                        Hold.of(OnHoldReason.AWAITING_CALLER),
                        Stamp.of(ALICE, T0.plusSeconds(300), T0.plusSeconds(900))));
        assertEquals("fits-history", contradicts.rule());
        // the same retroactive reclassification fits: it is decided on the ticket as it was at 09:05
        Ticket r = t.reclassify(MAIL_FOR_FINANCE, Stamp.of(ALICE, T0.plusSeconds(300), T0.plusSeconds(900)));
        assertEquals(
                new TicketEvent.Reclassified(Classification.NONE, MAIL_FOR_FINANCE),
                r.timeline().get(1).event());
        assertEquals(MAIL_FOR_FINANCE, r.classification());
        // a ticket closed at 09:01 takes a late-logged reply of 09:00:30, but not one of 09:01
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        Ticket replied = closed.recordCallerReply(Stamp.of(ALICE, T0.plusSeconds(30), T0.plusSeconds(3600)));
        assertEquals(TicketState.CLOSED, replied.state());
        assertEquals(new TicketEvent.CallerReplied(), replied.timeline().get(1).event());
        StateChangeRefusedException late = assertThrows(
                StateChangeRefusedException.class,
                () -> closed.recordCallerReply(Stamp.of(ALICE, T0.plusSeconds(60), T0.plusSeconds(3600))));
        assertEquals("open-ticket", late.rule());
    }

    @Test
    void aRetroactiveCommandIllegalAtItsOwnMomentKeepsItsOwnRefusal() {
        // in progress at 09:10, a caller reply at 09:30; closing at 09:20 (recorded 09:40) is illegal then
        Ticket t = TicketFixtures.incident()
                .transition(TicketState.IN_PROGRESS, at(600))
                .recordCallerReply(at(1800));
        Stamp backdated = Stamp.of(ALICE, T0.plusSeconds(1200), T0.plusSeconds(2400));
        IllegalTransitionException illegal =
                assertThrows(IllegalTransitionException.class, () -> t.transition(TicketState.CLOSED, backdated));
        assertEquals("lifecycle", illegal.rule());
        StateChangeRefusedException notEngaged = assertThrows(
                StateChangeRefusedException.class,
                () -> t.returnFromSupplier(io.itsmkit.core.organisation.SupplierId.of("acme"), backdated));
        assertEquals("supplier-engaged", notEngaged.rule());
        // a command that records nothing still has its stamp checked
        Ticket later = t.recordCallerReply(at(5000));
        ValidationException outOfOrder =
                assertThrows(ValidationException.class, () -> later.reclassify(later.classification(), at(2000)));
        assertEquals("chronological", outOfOrder.violations().get(0).rule());
    }

    @Test
    void reprioritisingStaysOnTheTicketsMatrixAndRecordsOnlyChanges() {
        Ticket t = TicketFixtures.incident();
        Ticket p1 = t.reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S1);
        assertEquals(1, p1.priority().number());
        assertEquals(
                new TicketEvent.PriorityChanged(t.priorityDecision(), p1.priorityDecision()),
                p1.timeline().last().event());
        assertSame(p1, p1.reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S2), "nothing changed");

        Ticket overridden = p1.overridePriority(ITIL.priorities().level(5), "waiting for budget", S2);
        assertEquals(5, overridden.priority().number());
        assertEquals(
                ALICE, overridden.priorityDecision().override().orElseThrow().actor());
        assertEquals(
                S2.occurredAt(),
                overridden.priorityDecision().override().orElseThrow().at());
        Ticket recomputed = overridden.reprioritise(
                ITIL.impacts().level(1), ITIL.urgencies().level(2), S3);
        assertFalse(recomputed.priorityDecision().isOverridden());
        assertEquals(2, recomputed.priority().number());

        ValidationException foreign = assertThrows(
                ValidationException.class,
                () -> t.reprioritise(
                        PriorityMatrices.GLPI.impacts().level(1),
                        PriorityMatrices.GLPI.urgencies().level(1),
                        S1));
        assertEquals("on-scale", foreign.violations().get(0).rule());
        ValidationException foreignOverride = assertThrows(
                ValidationException.class,
                () -> t.overridePriority(PriorityMatrices.GLPI.priorities().level(1), "x", S1));
        assertEquals("on-scale", foreignOverride.violations().get(0).rule());
        assertEquals("reason", path(() -> t.overridePriority(ITIL.priorities().level(1), " ", S1)));
    }

    @Test
    void aPriorityEventAcrossMatricesIsRefused() {
        PriorityDecision itil = TicketFixtures.medium();
        PriorityDecision glpi = PriorityDecision.derive(
                PriorityMatrices.GLPI,
                PriorityMatrices.GLPI.impacts().level(1),
                PriorityMatrices.GLPI.urgencies().level(1));
        ValidationException e =
                assertThrows(ValidationException.class, () -> new TicketEvent.PriorityChanged(itil, glpi));
        assertEquals("same-matrix", e.violations().get(0).rule());
    }

    @Test
    void assignmentChangesCarryFromAndToAndUnassignIsAnEvent() {
        Ticket t = TicketFixtures.incident();
        assertSame(t, t.unassign(S1), "an unassigned ticket stays as it is");
        Assignment net = Assignment.toTeam(TeamId.of("net"));
        Assignment bob = Assignment.toAgent(TeamId.of("net"), AgentId.of("bob"));
        Ticket a = t.assign(net, S1);
        Ticket b = a.assign(bob, S2);
        Ticket c = b.unassign(S3);
        assertEquals(
                new TicketEvent.AssignmentChanged(Optional.empty(), Optional.of(net)),
                a.timeline().last().event());
        assertEquals(
                new TicketEvent.AssignmentChanged(Optional.of(net), Optional.of(bob)),
                b.timeline().last().event());
        assertEquals(
                new TicketEvent.AssignmentChanged(Optional.of(bob), Optional.empty()),
                c.timeline().last().event());
        assertEquals(Optional.empty(), c.assignment());
        assertSame(b, b.assign(bob, S3));
        assertEquals("assignment.team", path(() -> Assignment.toTeam(null)));
        assertEquals("assignment.agent", path(() -> Assignment.toAgent(TeamId.of("x"), null)));
        assertEquals("to", path(() -> t.assign(null, S1)));
    }

    @Test
    void suppliersAreEngagedBesideTheAssignmentGroup() {
        SupplierId telco = SupplierId.of("telco");
        SupplierId vendor = SupplierId.of("hw-vendor");
        Assignment net = Assignment.toTeam(TeamId.of("net"));
        Ticket both = TicketFixtures.incident()
                .assign(net, S1)
                .engageSupplier(telco, S2)
                .engageSupplier(vendor, S2);
        assertEquals(Optional.of(net), both.assignment(), "the team keeps the ticket (its OLA runs on)");
        assertEquals(List.of(telco, vendor), new ArrayList<>(both.engagedSuppliers()));
        assertSame(both, both.engageSupplier(telco, S3), "an engaged supplier stays as it is");
        Ticket back = both.returnFromSupplier(telco, S3);
        assertEquals(Set.of(vendor), back.engagedSuppliers());
        assertEquals(
                new TicketEvent.SupplierReturned(telco), back.timeline().last().event());
        StateChangeRefusedException e =
                assertThrows(StateChangeRefusedException.class, () -> back.returnFromSupplier(telco, S3));
        assertEquals("supplier-engaged", e.rule());
    }

    @Test
    void reclassificationRecordsFromAndToAndOnlyChanges() {
        Ticket t = TicketFixtures.incident();
        Ticket r = t.reclassify(MAIL_FOR_FINANCE, S1);
        assertEquals(MAIL_FOR_FINANCE, r.classification());
        assertEquals(
                new TicketEvent.Reclassified(Classification.NONE, MAIL_FOR_FINANCE),
                r.timeline().last().event());
        assertSame(r, r.reclassify(MAIL_FOR_FINANCE, S2));
        Ticket notVip = r.reclassify(MAIL_FOR_FINANCE.withVip(false), S2);
        assertFalse(notVip.classification().vip());
    }

    @Test
    void firstResponseIsRecordedOnceAndCallerRepliesAreEvents() {
        Ticket t = TicketFixtures.incident().recordFirstResponse(S1);
        assertEquals(Optional.of(S1.occurredAt()), t.firstRespondedAt());
        assertEquals(new TicketEvent.FirstResponded(), t.timeline().last().event());
        StateChangeRefusedException e =
                assertThrows(StateChangeRefusedException.class, () -> t.recordFirstResponse(S2));
        assertEquals("first-response-once", e.rule());
        assertEquals(ItsmException.Kind.REFUSED, e.kind());
        Ticket replied = t.recordCallerReply(S2).recordCallerReply(S3);
        assertEquals(
                2, replied.timeline().eventsOf(TicketEvent.CallerReplied.class).size());
    }

    @Test
    void closedAndCancelledTicketsRefuseEveryChangeAsAStateConflict() {
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        Ticket cancelled = TicketFixtures.incidentIn(TicketState.CANCELLED);
        for (Ticket t : List.of(closed, cancelled)) {
            List<Runnable> changes = List.of(
                    () -> t.assign(Assignment.toTeam(TeamId.of("x")), S1),
                    () -> t.reprioritise(
                            ITIL.impacts().level(1), ITIL.urgencies().level(1), S1),
                    () -> t.overridePriority(ITIL.priorities().level(1), "why", S1),
                    () -> t.recordFirstResponse(S1),
                    () -> t.recordCallerReply(S1),
                    () -> t.engageSupplier(SupplierId.of("x"), S1),
                    () -> t.reclassify(MAIL_FOR_FINANCE, S1),
                    () -> t.changeMajorIncident(MajorIncidentState.PROPOSED, "x", S1));
            for (Runnable change : changes) {
                StateChangeRefusedException e = assertThrows(StateChangeRefusedException.class, change::run);
                assertEquals("open-ticket", e.rule(), e.getMessage());
                assertEquals(ItsmException.Kind.REFUSED, e.kind());
            }
        }
    }

    @Test
    void onlyIncidentsCanBeMajor() {
        Ticket request = Ticket.open(TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ-1"), at(T0));
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> request.changeMajorIncident(MajorIncidentState.PROPOSED, "x", S1));
        assertEquals("only incidents can be major incidents", e.reason());
        assertTrue(e.getMessage().startsWith("service request REQ-1"));
        Ticket accepted = TicketFixtures.incident()
                .changeMajorIncident(MajorIncidentState.PROPOSED, "big", S1)
                .changeMajorIncident(MajorIncidentState.ACCEPTED, "confirmed", S2);
        assertTrue(accepted.isMajorIncident());
        assertEquals(
                "reason",
                path(() -> TicketFixtures.incident().changeMajorIncident(MajorIncidentState.PROPOSED, " ", S1)));
    }

    @Test
    void autoCloseAfterTheWaitingPeriodButNeverMajorIncidents() {
        AutoClosePolicy policy = AutoClosePolicy.afterDays(3);
        Ticket resolved = TicketFixtures.incidentIn(TicketState.RESOLVED);
        Instant due = resolved.resolvedAt().orElseThrow().plus(Duration.ofDays(3));
        assertFalse(policy.isDue(resolved, due.minusNanos(1)));
        assertEquals(Optional.empty(), policy.apply(resolved, due.minusNanos(1)));
        assertTrue(policy.isDue(resolved, due));
        Ticket closed = policy.apply(resolved, due).orElseThrow();
        assertEquals(TicketState.CLOSED, closed.state());
        assertEquals(Stamp.of(ActorId.SYSTEM, due), closed.timeline().last().stamp());
        assertFalse(policy.isDue(TicketFixtures.incidentIn(TicketState.IN_PROGRESS), due.plusSeconds(1)));

        Ticket proposed = TicketFixtures.incident()
                .changeMajorIncident(MajorIncidentState.PROPOSED, "big", at(T0))
                .transition(TicketState.RESOLVED, S1);
        assertFalse(policy.isDue(proposed, S1.occurredAt().plus(Duration.ofDays(30))));
        Ticket accepted = proposed.changeMajorIncident(MajorIncidentState.ACCEPTED, "yes", S2);
        assertFalse(policy.isDue(accepted, S1.occurredAt().plus(Duration.ofDays(30))));
        Ticket rejected = proposed.changeMajorIncident(MajorIncidentState.REJECTED, "no", S2);
        assertTrue(policy.isDue(rejected, S1.occurredAt().plus(Duration.ofDays(30))));

        assertEquals("after", path(() -> new AutoClosePolicy(Duration.ZERO)));
        assertEquals("days", path(() -> AutoClosePolicy.afterDays(0)));
        assertEquals("ticket", path(() -> policy.isDue(null, T0)));
        assertEquals("now", path(() -> policy.isDue(resolved, null)));
    }

    @Test
    void autoCloseIsExactAtTheEdgesOfTime() {
        AutoClosePolicy forever = new AutoClosePolicy(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
        Ticket resolved = TicketFixtures.incidentIn(TicketState.RESOLVED);
        assertFalse(forever.isDue(resolved, Instant.MAX));
        Ticket resolvedAtTheEnd = TicketFixtures.incident().transition(TicketState.RESOLVED, at(Instant.MAX));
        assertFalse(AutoClosePolicy.afterDays(1).isDue(resolvedAtTheEnd, Instant.MAX));
        assertTrue(new AutoClosePolicy(Duration.ofNanos(1)).isDue(resolved, Instant.MAX));
        assertFalse(AutoClosePolicy.afterDays(1).isDue(resolved, Instant.MIN));
    }

    @Test
    void triggersProposeOnTheFirstMatchingRule() {
        MajorIncidentRule vip =
                new MajorIncidentRule("VIP outage", t -> t.classification().vip());
        MajorIncidentTriggers triggers = MajorIncidentTriggers.of(List.of(MajorIncidentRule.topPriority(), vip));
        Ticket normal = TicketFixtures.incident();
        assertEquals(Optional.empty(), triggers.firstMatch(normal));
        assertEquals(Optional.empty(), triggers.propose(normal, S1.occurredAt()));

        Ticket critical =
                normal.reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S1);
        Ticket proposed = triggers.propose(critical, S2.occurredAt()).orElseThrow();
        assertEquals(MajorIncidentState.PROPOSED, proposed.majorIncident());
        assertEquals(
                new TicketEvent.MajorIncidentChanged(
                        MajorIncidentState.NONE, MajorIncidentState.PROPOSED, "rule: top priority"),
                proposed.timeline().last().event());
        assertEquals(ActorId.SYSTEM, proposed.timeline().last().actor());
        assertEquals(Optional.of(vip), triggers.firstMatch(normal.reclassify(MAIL_FOR_FINANCE, S1)));
        // never proposed twice by automation, nor after a rejection
        assertEquals(Optional.empty(), triggers.propose(proposed, S3.occurredAt()));
        Ticket rejected = proposed.changeMajorIncident(MajorIncidentState.REJECTED, "no", S3);
        assertEquals(Optional.empty(), triggers.propose(rejected, S3.occurredAt()));
        // service requests and closed incidents are never proposed
        Ticket request = Ticket.open(TicketKind.SERVICE_REQUEST, TicketFixtures.draft("REQ"), at(T0))
                .reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S1);
        assertEquals(Optional.empty(), triggers.propose(request, S2.occurredAt()));
        assertEquals(
                Optional.empty(), triggers.propose(critical.transition(TicketState.CANCELLED, S2), S3.occurredAt()));

        assertEquals("rules[1]", path(() -> MajorIncidentTriggers.of(java.util.Arrays.asList(vip, null))));
        assertEquals("rule.name", path(() -> new MajorIncidentRule(" ", t -> true)));
    }

    @Test
    void replayRebuildsATicketFromItsTimelineAlone() {
        Ticket t = TicketFixtures.incident()
                .reclassify(MAIL_FOR_FINANCE, S1)
                .assign(Assignment.toTeam(TeamId.of("net")), S1)
                .engageSupplier(SupplierId.of("telco"), S1)
                .putOnHold(Hold.of(OnHoldReason.AWAITING_VENDOR, SupplierId.of("telco")), S2)
                .recordFirstResponse(S2)
                .transition(TicketState.RESOLVED, S3);
        Ticket replayed =
                Ticket.replay(Timeline.of(t.id(), new ArrayList<>(t.timeline().events())));
        assertEquals(t, replayed);
        assertEquals(t.hashCode(), replayed.hashCode());
        assertEquals(t.state(), replayed.state());
        assertEquals(t.classification(), replayed.classification());
        assertEquals(t.engagedSuppliers(), replayed.engagedSuppliers());
        assertEquals(t.resolvedAt(), replayed.resolvedAt());
        assertEquals(t.firstRespondedAt(), replayed.firstRespondedAt());
        assertNotEquals(t, TicketFixtures.incident());
    }

    @Test
    void aHistoryThatContradictsItselfCannotBeReplayed() {
        Ticket t = TicketFixtures.incidentIn(TicketState.RESOLVED);
        // CLOSED although the timeline ends in RESOLVED: only a CLOSED event can say so, and from must match
        Timeline<TicketEvent> lying = t.timeline()
                .append(
                        S1,
                        new TicketEvent.StateChanged(TicketState.IN_PROGRESS, TicketState.CLOSED, Optional.empty()));
        ValidationException e = assertThrows(ValidationException.class, () -> Ticket.replay(lying));
        assertEquals("timeline[2]", e.violations().get(0).path());
        assertEquals("event-from-matches", e.violations().get(0).rule());

        Timeline<TicketEvent> illegal = TicketFixtures.incident()
                .timeline()
                .append(S1, new TicketEvent.StateChanged(TicketState.NEW, TicketState.CLOSED, Optional.empty()));
        assertEquals("lifecycle", rule(() -> Ticket.replay(illegal)));

        Timeline<TicketEvent> twice = TicketFixtures.incident()
                .recordFirstResponse(S1)
                .timeline()
                .append(S2, new TicketEvent.FirstResponded());
        assertEquals("first-response-once", rule(() -> Ticket.replay(twice)));

        Timeline<TicketEvent> noOpening =
                Timeline.<TicketEvent>empty(TicketId.of("INC-2")).append(S1, new TicketEvent.CallerReplied());
        assertEquals("starts-with-opened", rule(() -> Ticket.replay(noOpening)));

        Timeline<TicketEvent> secondOpening =
                t.timeline().append(S1, t.timeline().first().event());
        assertEquals("single-opened", rule(() -> Ticket.replay(secondOpening)));

        Timeline<TicketEvent> wrongKey = Timeline.<TicketEvent>empty(ProblemId.of("PRB-1"))
                .append(S1, t.timeline().first().event());
        assertEquals("ticket-id", rule(() -> Ticket.replay(wrongKey)));
        assertEquals("not-empty", rule(() -> Ticket.replay(Timeline.empty(TicketId.of("INC-3")))));
        assertEquals("timeline", path(() -> Ticket.replay(null)));
    }

    @Test
    void eventsThatChangeNothingCannotBeBuilt() {
        assertEquals(
                "changes-something",
                rule(() -> new TicketEvent.Reclassified(Classification.NONE, Classification.NONE)));
        assertEquals(
                "changes-something", rule(() -> new TicketEvent.AssignmentChanged(Optional.empty(), Optional.empty())));
        Hold h = Hold.of(OnHoldReason.AWAITING_CALLER);
        assertEquals("changes-something", rule(() -> new TicketEvent.HoldChanged(h, h)));
        assertEquals(
                "changes-something",
                rule(() -> new TicketEvent.PriorityChanged(TicketFixtures.medium(), TicketFixtures.medium())));
        assertEquals("event.from", path(() -> new TicketEvent.HoldChanged(null, h)));
        assertEquals("event.to", path(() -> new TicketEvent.HoldChanged(h, null)));
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }

    @Test
    void replayRefusesEveryChangeAfterTheTicketWasClosed() {
        Ticket closed = TicketFixtures.incidentIn(TicketState.CLOSED);
        Assignment net = Assignment.toTeam(TeamId.of("net"));
        PriorityDecision p1 = closed.priorityDecision()
                .recompute(ITIL.impacts().level(1), ITIL.urgencies().level(1));
        List<TicketEvent> after = List.of(
                new TicketEvent.Reclassified(Classification.NONE, MAIL_FOR_FINANCE),
                new TicketEvent.PriorityChanged(closed.priorityDecision(), p1),
                new TicketEvent.AssignmentChanged(Optional.empty(), Optional.of(net)),
                new TicketEvent.SupplierEngaged(SupplierId.of("telco")),
                new TicketEvent.SupplierReturned(SupplierId.of("telco")),
                new TicketEvent.FirstResponded(),
                new TicketEvent.CallerReplied(),
                new TicketEvent.MajorIncidentChanged(MajorIncidentState.NONE, MajorIncidentState.PROPOSED, "late"));
        for (TicketEvent e : after) {
            ValidationException v = assertThrows(
                    ValidationException.class,
                    () -> Ticket.replay(closed.timeline().append(S3, e)),
                    e.toString());
            assertEquals("open-ticket", v.violations().get(0).rule(), e.toString());
            assertEquals("timeline[3]", v.violations().get(0).path());
        }
    }

    @Test
    void replayRefusesEventsWhoseFromValueIsNotTheCurrentOne() {
        Ticket t = TicketFixtures.incident().putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), S1);
        Assignment net = Assignment.toTeam(TeamId.of("net"));
        PriorityDecision p1 = t.priorityDecision()
                .recompute(ITIL.impacts().level(1), ITIL.urgencies().level(1));
        List<TicketEvent> wrongFrom = List.of(
                new TicketEvent.Reclassified(MAIL_FOR_FINANCE, Classification.NONE),
                new TicketEvent.PriorityChanged(p1, t.priorityDecision()),
                new TicketEvent.AssignmentChanged(Optional.of(net), Optional.empty()),
                new TicketEvent.HoldChanged(
                        Hold.of(OnHoldReason.AWAITING_CHANGE), Hold.of(OnHoldReason.AWAITING_VENDOR)),
                new TicketEvent.StateChanged(TicketState.IN_PROGRESS, TicketState.RESOLVED, Optional.empty()),
                new TicketEvent.MajorIncidentChanged(
                        MajorIncidentState.PROPOSED, MajorIncidentState.ACCEPTED, "wrong standing"));
        for (TicketEvent e : wrongFrom) {
            ValidationException v = assertThrows(
                    ValidationException.class, () -> Ticket.replay(t.timeline().append(S2, e)), e.toString());
            assertEquals("event-from-matches", v.violations().get(0).rule(), e.toString());
        }
        Timeline<TicketEvent> holdWhileWorking = TicketFixtures.incident()
                .timeline()
                .append(
                        S1,
                        new TicketEvent.HoldChanged(
                                Hold.of(OnHoldReason.AWAITING_CALLER), Hold.of(OnHoldReason.AWAITING_VENDOR)));
        assertEquals("on-hold", rule(() -> Ticket.replay(holdWhileWorking)));
    }

    @Test
    void equalTicketsHashAlikeAndDifferentOnesRender() {
        Ticket a = TicketFixtures.incident().recordCallerReply(S1);
        Ticket b = Ticket.replay(a.timeline());
        Ticket c = TicketFixtures.incident().recordCallerReply(S2);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a.hashCode(), c.hashCode());
        assertNotEquals(a, c);
        assertEquals("Mail is down", a.title());
    }
}
