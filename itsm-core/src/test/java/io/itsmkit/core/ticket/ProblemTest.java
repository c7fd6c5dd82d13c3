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
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final Instant T1 = T0.plusSeconds(600);

    @Test
    void openedProblemIsNewWithoutResolution() {
        Updated<Problem> u = Problem.open(TicketFixtures.draft("PRB-9"), ALICE, T0);
        assertEquals(ProblemState.NEW, u.value().state());
        assertEquals(TicketKind.PROBLEM, ((TicketEvent.Opened) u.event()).kind());
        assertEquals(Optional.empty(), u.value().resolution());
        assertFalse(u.value().isKnownError());
        assertThrows(ValidationException.class, () -> Problem.open(null, ALICE, T0));
    }

    @Test
    void fixAppliedOnlyFromFixInProgress() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ROOT_CAUSE_ANALYSIS)
                        .resolve(ProblemResolution.fixApplied(), ALICE, T1));
        assertEquals("FIX_APPLIED needs a fix in progress", e.reason());
        Updated<Problem> u = TicketFixtures.problemIn(ProblemState.FIX_IN_PROGRESS)
                .resolve(ProblemResolution.fixApplied(), ALICE, T1);
        assertEquals(Optional.of(ProblemResolution.fixApplied()), u.value().resolution());
        assertEquals(
                new TicketEvent.ProblemStateChanged(
                        T1,
                        ALICE,
                        ProblemState.FIX_IN_PROGRESS,
                        ProblemState.RESOLVED,
                        Optional.of(ProblemResolution.fixApplied())),
                u.event());
    }

    @Test
    void resolvingNeedsTheResolveStep() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ASSESS).transition(ProblemState.RESOLVED, ALICE, T1));
        assertEquals("needs a resolution: use resolve(...)", e.reason());
        assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.ASSESS).transition(ProblemState.CLOSED, ALICE, T1));
    }

    @Test
    void duplicateAndCancelledCloseAtOnceAndClosingKeepsTheResolution() {
        TicketId original = TicketId.of("PRB-1");
        Problem dup = TicketFixtures.problemIn(ProblemState.NEW)
                .resolve(ProblemResolution.duplicateOf(original), ALICE, T1)
                .value();
        assertEquals(ProblemState.CLOSED, dup.state());
        assertEquals(Optional.of(original), dup.resolution().orElseThrow().duplicateOf());
        Problem closed = TicketFixtures.problemIn(ProblemState.CLOSED);
        assertEquals(Optional.of(ProblemResolution.fixApplied()), closed.resolution());
        IllegalTransitionException again = assertThrows(
                IllegalTransitionException.class,
                () -> TicketFixtures.problemIn(ProblemState.RESOLVED)
                        .resolve(ProblemResolution.cancelled(), ALICE, T1));
        assertTrue(again.reason().startsWith("already resolved as FIX_APPLIED"));
        Problem reanalysed = TicketFixtures.problemIn(ProblemState.RESOLVED)
                .transition(ProblemState.ROOT_CAUSE_ANALYSIS, ALICE, T1)
                .value();
        assertEquals(Optional.empty(), reanalysed.resolution());
    }

    @Test
    void resolutionRules() {
        assertEquals(ProblemState.RESOLVED, ProblemResolution.riskAccepted().target());
        assertEquals(ProblemState.CLOSED, ProblemResolution.cancelled().target());
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new ProblemResolution(ProblemResolution.Code.DUPLICATE, Optional.empty()));
        assertEquals("duplicate-needs-original", e.violations().get(0).rule());
        assertThrows(
                ValidationException.class,
                () -> new ProblemResolution(ProblemResolution.Code.CANCELLED, Optional.of(TicketId.of("X"))));
        assertThrows(ValidationException.class, () -> ProblemResolution.duplicateOf(null));
    }

    @Test
    void workaroundMakesAKnownError() {
        Problem p = TicketFixtures.problemIn(ProblemState.ROOT_CAUSE_ANALYSIS);
        Updated<Problem> u = p.recordWorkaround("restart the mail relay", ALICE, T1);
        assertTrue(u.value().isKnownError());
        assertEquals(
                new KnownError(p.id(), "restart the mail relay", ALICE, T1),
                u.value().knownError().orElseThrow());
        assertEquals(new TicketEvent.WorkaroundRecorded(T1, ALICE, "restart the mail relay"), u.event());
        assertThrows(ValidationException.class, () -> p.recordWorkaround(" ", ALICE, T1));
        ValidationException closed = assertThrows(
                ValidationException.class,
                () -> TicketFixtures.problemIn(ProblemState.CLOSED).recordWorkaround("x", ALICE, T1));
        assertEquals("open-problem", closed.violations().get(0).rule());
    }

    @Test
    void reprioritiseAProblem() {
        Problem p = TicketFixtures.problemIn(ProblemState.ASSESS)
                .reprioritise(ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1)
                .value();
        assertEquals(1, p.priority().priority().number());
        assertThrows(
                ValidationException.class,
                () -> TicketFixtures.problemIn(ProblemState.CLOSED)
                        .reprioritise(
                                ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), ALICE, T1));
    }

    @Test
    void inconsistentProblemsCannotBeBuilt() {
        Problem p = TicketFixtures.problemIn(ProblemState.NEW);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ImmutableProblem.builder()
                        .from(p)
                        .state(ProblemState.CLOSED)
                        .build());
        assertEquals("resolution-iff-ended", e.violations().get(0).rule());
        ValidationException k = assertThrows(
                ValidationException.class,
                () -> ImmutableProblem.builder()
                        .from(p)
                        .knownError(new KnownError(TicketId.of("OTHER"), "w", ALICE, T0))
                        .build());
        assertEquals("knownError.problem", k.violations().get(0).path());
    }
}
