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
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final Stamp S1 = at(600);
    private static final Stamp S2 = at(1200);

    @Test
    void anOpenedProblemIsNewWithoutResolution() {
        Problem p = TicketFixtures.problem();
        assertEquals(ProblemState.NEW, p.state());
        assertEquals(Optional.empty(), p.resolution());
        assertFalse(p.isKnownError());
        assertEquals(
                new ProblemEvent.Opened("Mail server crashes", TicketFixtures.medium(), Classification.NONE),
                p.timeline().first().event());
        assertEquals(ProblemId.of("PRB-1"), p.timeline().stream());
        assertEquals("id", path(() -> Problem.open(null, "t", TicketFixtures.medium(), Classification.NONE, S1)));
        assertEquals(
                "title",
                path(() -> Problem.open(ProblemId.of("P"), " ", TicketFixtures.medium(), Classification.NONE, S1)));
        assertEquals(
                "stamp",
                path(() -> Problem.open(ProblemId.of("P"), "t", TicketFixtures.medium(), Classification.NONE, null)));
    }

    @Test
    void fixAppliedOnlyFromFixInProgress() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ROOT_CAUSE_ANALYSIS)
                        .resolve(ProblemResolution.fixApplied(), S1));
        assertEquals("FIX_APPLIED needs a fix in progress", e.reason());
        Problem p = TicketFixtures.problemIn(ProblemState.FIX_IN_PROGRESS).resolve(ProblemResolution.fixApplied(), S1);
        assertEquals(Optional.of(ProblemResolution.fixApplied()), p.resolution());
        assertEquals(
                new ProblemEvent.StateChanged(
                        ProblemState.FIX_IN_PROGRESS,
                        ProblemState.RESOLVED,
                        Optional.of(ProblemResolution.fixApplied())),
                p.timeline().last().event());
    }

    @Test
    void resolvingNeedsTheResolveStep() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ASSESS).transition(ProblemState.RESOLVED, S1));
        assertEquals("needs a resolution: use resolve(...)", e.reason());
        assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ASSESS).transition(ProblemState.CLOSED, S1));
        assertEquals(
                "resolution-target",
                rule(() -> new ProblemEvent.StateChanged(
                        ProblemState.ASSESS, ProblemState.CLOSED, Optional.of(ProblemResolution.riskAccepted()))));
    }

    @Test
    void duplicateAndCancelledCloseAtOnceAndClosingKeepsTheResolution() {
        ProblemId original = ProblemId.of("PRB-0");
        Problem dup = TicketFixtures.problemIn(ProblemState.NEW).resolve(ProblemResolution.duplicateOf(original), S1);
        assertEquals(ProblemState.CLOSED, dup.state());
        assertEquals(Optional.of(original), dup.resolution().orElseThrow().duplicateOf());
        Problem closed = TicketFixtures.problemIn(ProblemState.CLOSED);
        assertEquals(Optional.of(ProblemResolution.fixApplied()), closed.resolution());
        IllegalTransitionException again = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.RESOLVED).resolve(ProblemResolution.cancelled(), S1));
        assertTrue(again.reason().startsWith("already resolved as FIX_APPLIED"));
        Problem reanalysed =
                TicketFixtures.problemIn(ProblemState.RESOLVED).transition(ProblemState.ROOT_CAUSE_ANALYSIS, S1);
        assertEquals(Optional.empty(), reanalysed.resolution());
    }

    @Test
    void resolutionRules() {
        assertEquals(ProblemState.RESOLVED, ProblemResolution.riskAccepted().target());
        assertEquals(ProblemState.CLOSED, ProblemResolution.cancelled().target());
        assertEquals(
                "duplicate-needs-original",
                rule(() -> new ProblemResolution(ProblemResolution.Code.DUPLICATE, Optional.empty())));
        assertEquals(
                "duplicate-needs-original",
                rule(() -> new ProblemResolution(ProblemResolution.Code.CANCELLED, Optional.of(ProblemId.of("X")))));
        assertEquals("original", path(() -> ProblemResolution.duplicateOf(null)));
    }

    @Test
    void aWorkaroundMakesAKnownError() {
        Problem p = TicketFixtures.problemIn(ProblemState.ROOT_CAUSE_ANALYSIS);
        Problem known = p.recordWorkaround("restart the mail relay", S1);
        assertTrue(known.isKnownError());
        assertEquals(
                new KnownError(p.id(), "restart the mail relay", ALICE, S1.occurredAt()),
                known.knownError().orElseThrow());
        assertEquals(
                new ProblemEvent.WorkaroundRecorded("restart the mail relay"),
                known.timeline().last().event());
        assertEquals("workaround", path(() -> p.recordWorkaround(" ", S1)));
        assertSame(known, known.recordWorkaround("restart the mail relay", S2), "the same workaround records nothing");
        StateChangeRefusedException closed = assertThrows(
                StateChangeRefusedException.class,
                () -> TicketFixtures.problemIn(ProblemState.CLOSED).recordWorkaround("x", S1));
        assertEquals("open-problem", closed.rule());
    }

    @Test
    void reprioritiseAndReclassifyAProblem() {
        Problem p = TicketFixtures.problemIn(ProblemState.ASSESS)
                .reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S1);
        assertEquals(1, p.priority().number());
        assertSame(p, p.reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S2));
        Classification mail = Classification.NONE.withService(ConfigurationItemId.of("email"));
        Problem r = p.reclassify(mail, S2);
        assertEquals(mail, r.classification());
        assertSame(r, r.reclassify(mail, S2));
        assertThrows(
                StateChangeRefusedException.class,
                () -> TicketFixtures.problemIn(ProblemState.CLOSED)
                        .reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), S1));
        assertThrows(
                StateChangeRefusedException.class,
                () -> TicketFixtures.problemIn(ProblemState.CLOSED).reclassify(mail, S1));
    }

    @Test
    void replayRebuildsAProblemAndRefusesAContradictingHistory() {
        Problem p = TicketFixtures.problemIn(ProblemState.RESOLVED).recordWorkaround("w", S1);
        assertEquals(p, Problem.replay(p.timeline()));
        Timeline<ProblemEvent> lying = TicketFixtures.problem()
                .timeline()
                .append(
                        S1,
                        new ProblemEvent.StateChanged(
                                ProblemState.NEW,
                                ProblemState.RESOLVED,
                                Optional.of(ProblemResolution.riskAccepted())));
        assertEquals("lifecycle", rule(() -> Problem.replay(lying)));
        Timeline<ProblemEvent> noResolution = TicketFixtures.problemIn(ProblemState.ASSESS)
                .timeline()
                .append(
                        S1,
                        new ProblemEvent.StateChanged(ProblemState.ASSESS, ProblemState.RESOLVED, Optional.empty()));
        assertEquals("lifecycle", rule(() -> Problem.replay(noResolution)));
        Timeline<ProblemEvent> wrongKey = Timeline.<ProblemEvent>empty(TicketId.of("INC-1"))
                .append(at(T0), TicketFixtures.problem().timeline().first().event());
        assertEquals("problem-id", rule(() -> Problem.replay(wrongKey)));
        Timeline<ProblemEvent> noOpening = Timeline.<ProblemEvent>empty(ProblemId.of("P"))
                .append(at(T0), new ProblemEvent.WorkaroundRecorded("w"));
        assertEquals("starts-with-opened", rule(() -> Problem.replay(noOpening)));
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
    void replayRefusesChangesToAClosedProblemAndWrongFromValues() {
        Problem closed = TicketFixtures.problemIn(ProblemState.CLOSED);
        PriorityDecision p1 = closed.priorityDecision()
                .recompute(ITIL.impacts().level(1), ITIL.urgencies().level(1));
        Classification mail = Classification.NONE.withService(ConfigurationItemId.of("email"));
        for (ProblemEvent e : List.of(
                new ProblemEvent.WorkaroundRecorded("w"),
                new ProblemEvent.PriorityChanged(closed.priorityDecision(), p1),
                new ProblemEvent.Reclassified(Classification.NONE, mail))) {
            assertEquals(
                    "open-problem", rule(() -> Problem.replay(closed.timeline().append(S2, e))), e.toString());
        }
        Problem open = TicketFixtures.problem();
        for (ProblemEvent e : List.of(
                new ProblemEvent.PriorityChanged(p1, open.priorityDecision()),
                new ProblemEvent.Reclassified(mail, Classification.NONE),
                new ProblemEvent.StateChanged(
                        ProblemState.ASSESS, ProblemState.ROOT_CAUSE_ANALYSIS, Optional.empty()))) {
            ValidationException v = assertThrows(
                    ValidationException.class,
                    () -> Problem.replay(open.timeline().append(S2, e)));
            assertEquals("event-from-matches", v.violations().get(0).rule(), e.toString());
            assertEquals("timeline[1]", v.violations().get(0).path());
        }
        assertEquals(
                "changes-something",
                rule(() -> new ProblemEvent.PriorityChanged(open.priorityDecision(), open.priorityDecision())));
        assertEquals("changes-something", rule(() -> new ProblemEvent.Reclassified(mail, mail)));
    }

    @Test
    void problemsRenderAndHashByTheirTimeline() {
        Problem p = TicketFixtures.problemIn(ProblemState.ASSESS);
        assertEquals("problem PRB-1 [ASSESS, priority 3 - Moderate, 2 events]", p.toString());
        assertEquals(p.hashCode(), Problem.replay(p.timeline()).hashCode());
        assertNotEquals(p.hashCode(), TicketFixtures.problem().hashCode());
    }
}
