package io.itsmkit.change.enablement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.change.approval.ApprovalStatus;
import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.Decision;
import io.itsmkit.change.approval.Delegation;
import io.itsmkit.change.approval.Quorum;
import io.itsmkit.change.approval.SegregationOfDuties;
import io.itsmkit.change.approval.SegregationOfDutiesException;
import io.itsmkit.change.calendar.ScheduledChange;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.metrics.ChangeOutcome;
import io.itsmkit.change.metrics.PostImplementationReview;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.risk.RiskBands;
import io.itsmkit.change.risk.RiskContext;
import io.itsmkit.change.risk.RiskFactors;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.change.risk.RiskModel;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.ticket.TicketId;
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

class ChangeRequestTest {
    private static final ActorId ANA = ActorId.of("ana"); // requester
    private static final ActorId BO = ActorId.of("bo"); // implementer
    private static final ActorId CY = ActorId.of("cy");
    private static final ActorId DI = ActorId.of("di");
    private static final ChangeId CHG = ChangeId.of("CHG1");
    private static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    private static final ServiceGraph GRAPH = ServiceGraph.builder()
            .add(ConfigurationItem.of(DB, "Database", ItemKind.INFRASTRUCTURE, Criticality.HIGH))
            .build();
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final Window WINDOW = Window.of(Instant.parse("2026-03-09T22:00:00Z"), Duration.ofHours(2));
    private static final ChangeDetails DETAILS = ChangeDetails.builder(ChangeType.NORMAL, "Patch the database", ANA)
            .items(List.of(DB))
            .plannedWindow(WINDOW)
            .implementer(BO)
            .outage(true)
            .build();
    private static final PostImplementationReview OK = new PostImplementationReview(
            ChangeOutcome.SUCCESSFUL, false, List.of(), CY, T.plus(Duration.ofDays(9)), "");

    private static Stamp at(ActorId who, int minutes) {
        return Stamp.of(who, T.plusSeconds(60L * minutes));
    }

    private static ChangeRequest raised() {
        return ChangeRequest.raise(CHG, ChangeModel.SERVICENOW_NORMAL, DETAILS, at(ANA, 0));
    }

    private static ChangeRequest inAssess() {
        return raised().transition(ChangeState.ASSESS, at(ANA, 1))
                .requestApproval(
                        List.of(ApprovalStep.of("peer", Quorum.ANY, List.of(CY, DI))),
                        SegregationOfDuties.STRICT,
                        at(ANA, 2));
    }

    @Test
    void aNormalChangeFromRequestToClosure() {
        RiskModel risk = RiskModel.builder(RiskBands.SERVICENOW_SIMPLIFIED)
                .factor(RiskFactors.outage(30))
                .build();
        ChangeRequest c = raised().assessRisk(
                        risk, RiskContext.builder(DETAILS, GRAPH, T).build(), at(ANA, 1))
                .transition(ChangeState.ASSESS, at(ANA, 2))
                .requestApproval(
                        List.of(ApprovalStep.of("peer", Quorum.ANY, List.of(CY, DI))),
                        SegregationOfDuties.STRICT,
                        at(ANA, 3))
                .decide("peer", CY, Decision.ACCEPT, at(CY, 4))
                .transition(ChangeState.AUTHORIZE, at(ANA, 5))
                .requestApproval(
                        List.of(ApprovalStep.of("CAB", Quorum.ALL, List.of(CY, DI))),
                        SegregationOfDuties.STRICT,
                        at(ANA, 6))
                .decide("CAB", CY, Decision.ACCEPT, at(CY, 7))
                .decide("CAB", DI, Decision.ACCEPT, at(DI, 8))
                .transition(ChangeState.SCHEDULED, at(ANA, 9))
                .transition(ChangeState.IMPLEMENT, at(BO, 60 * 24 * 7))
                .transition(ChangeState.REVIEW, at(BO, 60 * 24 * 7 + 120))
                .review(OK, at(CY, 60 * 24 * 9))
                .transition(ChangeState.CLOSED, at(CY, 60 * 24 * 9 + 1));
        assertEquals(ChangeState.CLOSED, c.state());
        assertEquals(RiskLevel.MODERATE, c.risk().orElseThrow().level());
        assertEquals(ApprovalStatus.ACCEPTED, c.approval().orElseThrow().status());
        assertEquals("CAB", c.approval().orElseThrow().steps().get(0).name());
        assertEquals(Optional.of(OK), c.review());
        assertEquals(14, c.timeline().size());
        assertEquals(Optional.empty(), c.scheduled());
        assertEquals(
                ChangeOutcome.SUCCESSFUL,
                c.closed(Set.of()).orElseThrow().review().outcome());
        assertEquals("Normal", c.closed(Set.of()).orElseThrow().model());
        assertEquals(c, ChangeRequest.replay(c.timeline()));
        assertEquals("change CHG1 (Normal, CLOSED, 14 events)", c.toString());
    }

    @Test
    void aChangeLeavesAssessOrAuthorizeOnlyApproved() {
        ChangeRequest c = inAssess();
        IllegalTransitionException e =
                assertThrows(IllegalTransitionException.class, () -> c.transition(ChangeState.AUTHORIZE, at(ANA, 3)));
        assertEquals("the approval asked for in ASSESS is WAITING, not ACCEPTED", e.reason());
        ChangeRequest noApproval = raised().transition(ChangeState.ASSESS, at(ANA, 1));
        assertEquals(
                "the approval asked for in ASSESS is NONE, not ACCEPTED",
                assertThrows(
                                IllegalTransitionException.class,
                                () -> noApproval.transition(ChangeState.AUTHORIZE, at(ANA, 2)))
                        .reason());
        // back to New or cancelled needs no approval; New drops the approval (ServiceNow's Revert to New)
        ChangeRequest reverted = c.transition(ChangeState.NEW, at(ANA, 3));
        assertEquals(Optional.empty(), reverted.approval());
        assertEquals(
                ChangeState.CANCELLED,
                c.transition(ChangeState.CANCELLED, at(ANA, 3)).state());
        // a refused step changes nothing
        assertEquals(ChangeState.ASSESS, c.state());
    }

    @Test
    void breakGlassAcceptsTheApproval() {
        ChangeRequest c = inAssess()
                .decide("peer", CY, Decision.REFUSE, at(CY, 3))
                .decide("peer", DI, Decision.REFUSE, at(DI, 4))
                .breakGlass("payroll run blocked", at(DI, 5));
        assertEquals(ApprovalStatus.ACCEPTED, c.approval().orElseThrow().status());
        assertEquals(
                ChangeState.AUTHORIZE,
                c.transition(ChangeState.AUTHORIZE, at(ANA, 6)).state());
        assertEquals(
                "payroll run blocked",
                ((ChangeEvent.GlassBroken) c.timeline().latest().event()).reason());
        assertEquals(DI, c.timeline().latest().actor());
    }

    private static Stamp retro(ActorId who, int occurredMinute, int recordedMinute) {
        return Stamp.of(who, T.plusSeconds(60L * occurredMinute), T.plusSeconds(60L * recordedMinute));
    }

    @Test
    void aRetroactiveDecisionTakesItsPlaceByOccurrence() {
        // cy refuses at 09:04; di's acceptance, given at 09:03 by phone, is recorded at 09:05
        ChangeRequest c = inAssess()
                .decide("peer", CY, Decision.REFUSE, at(CY, 4))
                .decide("peer", DI, Decision.ACCEPT, retro(DI, 3, 5));
        assertEquals(DI, c.timeline().latest().actor());
        assertEquals(CY, c.timeline().last().actor());
        assertEquals(ApprovalStatus.ACCEPTED, c.approval().orElseThrow().status()); // Quorum.ANY
        List<ActorId> audited = c.approval().orElseThrow().audit().entries().stream()
                .map(e -> e.actor())
                .toList();
        assertEquals(List.of(DI, CY), audited);
        assertEquals(
                T.plusSeconds(180),
                c.approval().orElseThrow().audit().entries().get(0).at());
        assertEquals(c, ChangeRequest.replay(c.timeline()));
    }

    @Test
    void aRetroactiveCommandIsDecidedOnTheChangeAsItStoodThen() {
        ChangeDetails noOutage = DETAILS.toBuilder().outage(false).build();
        // in ASSESS since 09:01, the content cannot be revised now; but a revision made at 09:00:30, in NEW,
        // and recorded late, is decided on the change as it was then and fits what followed
        assertEquals("revisable-in-new", refused(() -> inAssess().revise(noOutage, at(ANA, 3))));
        ChangeRequest revised = inAssess().revise(noOutage, Stamp.of(ANA, T.plusSeconds(30), T.plusSeconds(180)));
        assertEquals(noOutage, revised.details());
        assertEquals(ChangeState.ASSESS, revised.state());
        assertTrue(revised.timeline().get(1).event() instanceof ChangeEvent.Revised);
        // a cancellation at 09:00:30 contradicts the move to ASSESS at 09:01
        assertEquals(
                "fits-history",
                refused(() -> inAssess()
                        .transition(ChangeState.CANCELLED, Stamp.of(ANA, T.plusSeconds(30), T.plusSeconds(180)))));
        // nothing is recorded before the change was raised
        Violation early = violation(() -> inAssess().transition(ChangeState.CANCELLED, retro(ANA, -1, 3)));
        assertEquals("stamp.occurredAt", early.path());
        assertEquals("chronological", early.rule());
        // the same content, then, changes nothing
        ChangeRequest c = inAssess();
        assertSame(c, c.revise(DETAILS, Stamp.of(ANA, T.plusSeconds(30), T.plusSeconds(180))));
        // the risk context must be about the content the change had when the assessment occurred
        RiskModel risk = RiskModel.builder(RiskBands.OSU).build();
        ChangeRequest later = raised().revise(noOutage, at(ANA, 2));
        assertEquals(
                noOutage,
                later.assessRisk(risk, RiskContext.builder(DETAILS, GRAPH, T).build(), retro(ANA, 1, 3))
                        .details());
        assertEquals(
                "same-change",
                violation(() -> later.assessRisk(
                                risk, RiskContext.builder(noOutage, GRAPH, T).build(), retro(ANA, 1, 3)))
                        .rule());
    }

    @Test
    void aDecisionOnBehalfNeedsADelegationValidWhenItOccurred() {
        Delegation cyToDi = new Delegation(CY, DI, Window.of(T, Duration.ofMinutes(5)));
        ChangeRequest c = inAssess().delegate(cyToDi, at(CY, 3));
        // decided at 09:04, within the delegation, recorded at 09:10, after it ended
        ChangeRequest decided = c.decide("peer", CY, Decision.ACCEPT, retro(DI, 4, 10));
        assertEquals(
                Optional.of(Decision.ACCEPT),
                decided.approval().orElseThrow().steps().get(0).decisionOf(CY));
        // decided at 09:06, after it ended
        assertEquals(
                "approval-on-behalf-needs-delegation",
                assertThrows(
                                SegregationOfDutiesException.class,
                                () -> c.decide("peer", CY, Decision.ACCEPT, retro(DI, 6, 6)))
                        .rule());
    }

    @Test
    void approvalRules() {
        ChangeRequest c = inAssess();
        SegregationOfDutiesException e = assertThrows(
                SegregationOfDutiesException.class, () -> c.decide("peer", CY, Decision.ACCEPT, at(ANA, 3)));
        assertEquals("delegate", e.role());
        ChangeRequest delegated = c.delegate(new Delegation(CY, ANA, Window.of(T, Duration.ofDays(1))), at(CY, 3));
        SegregationOfDutiesException requester = assertThrows(
                SegregationOfDutiesException.class, () -> delegated.decide("peer", CY, Decision.ACCEPT, at(ANA, 4)));
        assertEquals("requester", requester.role());
        assertEquals(
                "approval-state",
                refused(() -> raised().requestApproval(List.of(), SegregationOfDuties.STRICT, at(ANA, 1))));
        assertEquals(
                "approval-requested",
                refused(() -> raised().transition(ChangeState.ASSESS, at(ANA, 1))
                        .decide("peer", CY, Decision.ACCEPT, at(CY, 2))));
        assertEquals(
                "approval-requested",
                refused(() ->
                        raised().transition(ChangeState.ASSESS, at(ANA, 1)).breakGlass("why", at(CY, 2))));
        assertEquals(
                "decided-once",
                refused(() -> c.decide("peer", CY, Decision.ACCEPT, at(CY, 3))
                        .decide("peer", CY, Decision.REFUSE, at(CY, 4))));
        assertEquals(
                "known-step",
                violation(() -> c.decide("CAB", CY, Decision.ACCEPT, at(CY, 3))).rule());
    }

    @Test
    void revisionsReschedulingAndReviews() {
        ChangeRequest c = raised();
        ChangeDetails noOutage = DETAILS.toBuilder().outage(false).build();
        ChangeRequest revised = c.revise(noOutage, at(ANA, 1));
        assertEquals(noOutage, revised.details());
        assertSame(revised, revised.revise(noOutage, at(ANA, 2)));
        assertEquals(
                "same-type",
                violation(() -> c.revise(
                                ChangeDetails.builder(ChangeType.EMERGENCY, "t", ANA)
                                        .build(),
                                at(ANA, 1)))
                        .rule());
        assertEquals("revisable-in-new", refused(() -> inAssess().revise(noOutage, at(ANA, 3))));
        Window later = Window.of(WINDOW.end(), Duration.ofHours(1));
        ChangeRequest moved = inAssess().reschedule(later, at(ANA, 3));
        assertEquals(Optional.of(later), moved.details().plannedWindow());
        assertSame(moved, moved.reschedule(later, at(ANA, 4)));
        assertEquals(Optional.of(new ScheduledChange(CHG, Set.of(DB), later, Optional.of(BO))), moved.scheduled());
        ChangeRequest implementing =
                standard().transition(ChangeState.SCHEDULED, at(ANA, 1)).transition(ChangeState.IMPLEMENT, at(BO, 2));
        assertEquals("reschedulable", refused(() -> implementing.reschedule(later, at(BO, 3))));
        assertEquals("in-review", refused(() -> implementing.review(OK, at(BO, 3))));
        ChangeRequest inReview = implementing.transition(ChangeState.REVIEW, at(BO, 3));
        assertEquals(
                "it is closed once reviewed: record a review",
                assertThrows(IllegalTransitionException.class, () -> inReview.transition(ChangeState.CLOSED, at(BO, 4)))
                        .reason());
        ChangeRequest closed = inReview.review(OK, at(CY, 4)).transition(ChangeState.CLOSED, at(CY, 5));
        assertEquals("open-change", refused(() -> closed.review(OK, at(CY, 6))));
        assertEquals(Optional.empty(), raised().closed(Set.of()));
        assertEquals(
                Optional.empty(),
                ChangeRequest.raise(
                                CHG,
                                ChangeModel.SERVICENOW_NORMAL,
                                ChangeDetails.builder(ChangeType.NORMAL, "t", ANA)
                                        .build(),
                                at(ANA, 0))
                        .scheduled());
    }

    private static ChangeRequest standard() {
        ChangeDetails d = ChangeDetails.builder(ChangeType.STANDARD, "Rotate the certificates", ANA)
                .items(List.of(DB))
                .plannedWindow(WINDOW)
                .implementer(BO)
                .build();
        return ChangeRequest.raise(CHG, ChangeModel.SERVICENOW_STANDARD, d, at(ANA, 0));
    }

    @Test
    void riskIsAssessedOnTheChangesOwnContent() {
        RiskModel risk = RiskModel.builder(RiskBands.OSU).build();
        ChangeDetails other = DETAILS.toBuilder().outage(false).build();
        assertEquals(
                "same-change",
                violation(() -> raised().assessRisk(
                                        risk,
                                        RiskContext.builder(other, GRAPH, T).build(),
                                        at(ANA, 1)))
                        .rule());
        ChangeRequest cancelled = raised().transition(ChangeState.CANCELLED, at(ANA, 1));
        assertEquals(
                "open-change",
                refused(() -> cancelled.assessRisk(
                        risk, RiskContext.builder(DETAILS, GRAPH, T).build(), at(ANA, 2))));
    }

    @Test
    void theModelFixesTheTypeAndTheLifecycle() {
        assertEquals(
                "model-type",
                violation(() -> ChangeRequest.raise(CHG, ChangeModel.SERVICENOW_EMERGENCY, DETAILS, at(ANA, 0)))
                        .rule());
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class, () -> raised().transition(ChangeState.SCHEDULED, at(ANA, 1)));
        assertEquals("NEW", e.from());
        assertEquals(
                "chronological",
                violation(() -> raised().transition(ChangeState.ASSESS, Stamp.of(ANA, T.minusSeconds(1))))
                        .rule());
    }

    @Test
    void replayRefusesAHistoryThatContradictsItself() {
        ChangeRequest c = inAssess();
        List<Recorded<ChangeEvent>> events = new ArrayList<>(c.timeline().events());
        // the third event claims a move from AUTHORIZE, but the change is in ASSESS
        Recorded<ChangeEvent> bogus = new Recorded<>(
                events.get(2).id(),
                events.get(2).stamp(),
                new ChangeEvent.StateChanged(ChangeState.AUTHORIZE, ChangeState.SCHEDULED));
        events.set(2, bogus);
        Violation v = violation(() -> ChangeRequest.replay(Timeline.of(CHG, events)));
        assertEquals("timeline[2]", v.path());
        assertEquals("event-from-matches", v.rule());
        List<Recorded<ChangeEvent>> twice = new ArrayList<>(c.timeline().events());
        twice.set(
                1,
                new Recorded<>(
                        twice.get(1).id(), twice.get(1).stamp(), twice.get(0).event()));
        assertEquals(
                "single-raised",
                violation(() -> ChangeRequest.replay(Timeline.of(CHG, twice))).rule());
        List<Recorded<ChangeEvent>> headless = new ArrayList<>(c.timeline().events());
        headless.set(
                0,
                new Recorded<>(
                        headless.get(0).id(),
                        headless.get(0).stamp(),
                        new ChangeEvent.StateChanged(ChangeState.NEW, ChangeState.ASSESS)));
        assertEquals(
                "starts-with-raised",
                violation(() -> ChangeRequest.replay(Timeline.of(CHG, headless)))
                        .rule());
        Timeline<ChangeEvent> keyedByTicket = Timeline.<ChangeEvent>empty(TicketId.of("INC1"))
                .append(at(ANA, 0), new ChangeEvent.Raised(ChangeModel.SERVICENOW_NORMAL, DETAILS));
        assertEquals(
                "change-id",
                violation(() -> ChangeRequest.replay(keyedByTicket)).rule());
        assertEquals(
                "not-empty",
                violation(() -> ChangeRequest.replay(Timeline.empty(CHG))).rule());
    }

    @Test
    void replayRefusesRevisionsAndReschedulingsFromContentItNeverHad() {
        ChangeDetails other = DETAILS.toBuilder().testPlan("other tests").build();
        Timeline<ChangeEvent> revised = raised().timeline()
                .append(
                        at(ANA, 1),
                        new ChangeEvent.Revised(
                                other, DETAILS.toBuilder().outage(false).build()));
        Violation v = violation(() -> ChangeRequest.replay(revised));
        assertEquals("timeline[1]", v.path());
        assertEquals("event-from-matches", v.rule());
        Timeline<ChangeEvent> rescheduled = raised().timeline()
                .append(at(ANA, 1), new ChangeEvent.Rescheduled(Optional.empty(), Window.of(T, Duration.ofHours(1))));
        assertEquals(
                "event-from-matches",
                violation(() -> ChangeRequest.replay(rescheduled)).rule());
        Timeline<ChangeEvent> moved = raised().timeline()
                .append(at(ANA, 1), new ChangeEvent.StateChanged(ChangeState.NEW, ChangeState.ASSESS));
        assertEquals(ChangeState.ASSESS, ChangeRequest.replay(moved).state());
    }

    @Test
    void eventsValidateThemselves() {
        assertEquals(
                "changes-something",
                violation(() -> new ChangeEvent.Revised(DETAILS, DETAILS)).rule());
        assertEquals(
                "changes-something",
                violation(() -> new ChangeEvent.Rescheduled(Optional.of(WINDOW), WINDOW))
                        .rule());
        assertEquals(
                "event.reason",
                violation(() -> new ChangeEvent.GlassBroken(" ")).path());
        assertEquals(
                "event.step",
                violation(() -> new ChangeEvent.Decided(" ", CY, Decision.ACCEPT))
                        .path());
        assertEquals(
                "event.steps[0]",
                violation(() -> new ChangeEvent.ApprovalRequested(
                                java.util.Arrays.asList((ApprovalStep) null), SegregationOfDuties.STRICT))
                        .path());
        assertEquals(
                "event.review", violation(() -> new ChangeEvent.Reviewed(null)).path());
        assertEquals(
                "event.assessment",
                violation(() -> new ChangeEvent.RiskAssessed(null)).path());
        assertEquals(
                "event.delegation",
                violation(() -> new ChangeEvent.Delegated(null)).path());
        assertEquals(
                "event.to",
                violation(() -> new ChangeEvent.StateChanged(ChangeState.NEW, null))
                        .path());
        assertNotEquals(raised(), inAssess());
        assertEquals(raised(), raised());
        assertEquals(raised().hashCode(), raised().hashCode());
        assertTrue(inAssess().approval().isPresent());
    }

    private static String refused(Runnable r) {
        return assertThrows(StateChangeRefusedException.class, r::run).rule();
    }

    private static Violation violation(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
