package io.itsmkit.change.lifecycle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.lifecycle.Lifecycle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every from x to pair of every change lifecycle preset, legal and illegal. The expected tables are written
 * here from the anchors' documentation and source, independently of {@link ChangeLifecycles}.
 */
class ChangeLifecyclesTest {

    /*
     * ServiceNow Change Management docs: "State model and transitions" (c_ChangeStateModel.md) and "State
     * progression for normal, standard, and emergency changes" (normal-standard-emergency-states.md). Normal:
     * New, Assess, Authorize, Scheduled, Implement, Review, Closed. "Revert to New" from Assess (normal); a
     * rejected normal or emergency change is set to New (rejections happen in Assess and Authorize). "Can be
     * canceled?" Yes for New, Assess, Authorize, Scheduled, Implement; No for Review and Closed.
     */
    private static final Set<String> SERVICENOW_NORMAL = Set.of(
            "NEW>ASSESS",
            "NEW>CANCELLED",
            "ASSESS>AUTHORIZE",
            "ASSESS>NEW",
            "ASSESS>CANCELLED",
            "AUTHORIZE>SCHEDULED",
            "AUTHORIZE>NEW",
            "AUTHORIZE>CANCELLED",
            "SCHEDULED>IMPLEMENT",
            "SCHEDULED>CANCELLED",
            "IMPLEMENT>REVIEW",
            "IMPLEMENT>CANCELLED",
            "REVIEW>CLOSED");

    /* Standard: pre-authorized, "bypass the Assess and Authorize states and move from New to Scheduled". */
    private static final Set<String> SERVICENOW_STANDARD = Set.of(
            "NEW>SCHEDULED",
            "NEW>CANCELLED",
            "SCHEDULED>IMPLEMENT",
            "SCHEDULED>CANCELLED",
            "IMPLEMENT>REVIEW",
            "IMPLEMENT>CANCELLED",
            "REVIEW>CLOSED");

    /* Emergency: "bypass the Assess state but still require the Authorize state"; Revert to New from Authorize. */
    private static final Set<String> SERVICENOW_EMERGENCY = Set.of(
            "NEW>AUTHORIZE",
            "NEW>CANCELLED",
            "AUTHORIZE>SCHEDULED",
            "AUTHORIZE>NEW",
            "AUTHORIZE>CANCELLED",
            "SCHEDULED>IMPLEMENT",
            "SCHEDULED>CANCELLED",
            "IMPLEMENT>REVIEW",
            "IMPLEMENT>CANCELLED",
            "REVIEW>CLOSED");

    /*
     * iTop, Combodo/iTop datamodels/2.x/itop-change-mgmt-itil/datamodel.itop-change-mgmt-itil.xml, the
     * <transitions> of class RoutineChange: new -ev_assign-> assigned -ev_plan-> plannedscheduled
     * -ev_implement-> implemented -ev_monitor-> monitored; implemented and monitored -ev_finish-> closed.
     */
    private static final Set<String> ITOP_ROUTINE = Set.of(
            "NEW>ASSIGNED",
            "ASSIGNED>PLANNED_SCHEDULED",
            "PLANNED_SCHEDULED>IMPLEMENTED",
            "IMPLEMENTED>MONITORED",
            "IMPLEMENTED>CLOSED",
            "MONITORED>CLOSED");

    /*
     * Class NormalChange: new -ev_validate-> validated, new -ev_reject-> rejected -ev_reopen-> new, validated
     * -ev_assign-> assigned -ev_plan-> plannedscheduled -ev_approve-> approved / -ev_notapprove-> notapproved
     * -ev_replan-> plannedscheduled, approved -ev_implement-> implemented, then as routine.
     */
    private static final Set<String> ITOP_NORMAL = Set.of(
            "NEW>VALIDATED",
            "NEW>REJECTED",
            "REJECTED>NEW",
            "VALIDATED>ASSIGNED",
            "ASSIGNED>PLANNED_SCHEDULED",
            "PLANNED_SCHEDULED>APPROVED",
            "PLANNED_SCHEDULED>NOT_APPROVED",
            "NOT_APPROVED>PLANNED_SCHEDULED",
            "APPROVED>IMPLEMENTED",
            "IMPLEMENTED>MONITORED",
            "IMPLEMENTED>CLOSED",
            "MONITORED>CLOSED");

    /* Class EmergencyChange: no validation (new -ev_assign-> assigned), but approval as for normal changes. */
    private static final Set<String> ITOP_EMERGENCY = Set.of(
            "NEW>ASSIGNED",
            "ASSIGNED>PLANNED_SCHEDULED",
            "PLANNED_SCHEDULED>APPROVED",
            "PLANNED_SCHEDULED>NOT_APPROVED",
            "NOT_APPROVED>PLANNED_SCHEDULED",
            "APPROVED>IMPLEMENTED",
            "IMPLEMENTED>MONITORED",
            "IMPLEMENTED>CLOSED",
            "MONITORED>CLOSED");

    /*
     * Znuny ITSMChangeManagement, var/packagesetup/ITSMChangeManagement.pm, _StateMachineDefaultSet,
     * %ChangeStateTransitions: 0 => requested; requested => rejected, retracted, pending approval, in progress;
     * pending approval => rejected, retracted, approved; approved => retracted, in progress; in progress =>
     * pending pir, retracted, failed, successful, canceled; pending pir => failed, successful; the rest => 0.
     */
    private static final Set<String> ZNUNY = Set.of(
            "REQUESTED>REJECTED",
            "REQUESTED>RETRACTED",
            "REQUESTED>PENDING_APPROVAL",
            "REQUESTED>IN_PROGRESS",
            "PENDING_APPROVAL>REJECTED",
            "PENDING_APPROVAL>RETRACTED",
            "PENDING_APPROVAL>APPROVED",
            "APPROVED>RETRACTED",
            "APPROVED>IN_PROGRESS",
            "IN_PROGRESS>PENDING_PIR",
            "IN_PROGRESS>RETRACTED",
            "IN_PROGRESS>FAILED",
            "IN_PROGRESS>SUCCESSFUL",
            "IN_PROGRESS>CANCELED",
            "PENDING_PIR>FAILED",
            "PENDING_PIR>SUCCESSFUL");

    static Stream<Arguments> pairs() {
        return Stream.of(
                        cases(ChangeLifecycles.SERVICENOW_NORMAL, SERVICENOW_NORMAL, ChangeState.values()),
                        cases(ChangeLifecycles.SERVICENOW_STANDARD, SERVICENOW_STANDARD, ChangeState.values()),
                        cases(ChangeLifecycles.SERVICENOW_EMERGENCY, SERVICENOW_EMERGENCY, ChangeState.values()),
                        cases(ChangeLifecycles.ITOP_ROUTINE, ITOP_ROUTINE, ItopChangeState.values()),
                        cases(ChangeLifecycles.ITOP_NORMAL, ITOP_NORMAL, ItopChangeState.values()),
                        cases(ChangeLifecycles.ITOP_EMERGENCY, ITOP_EMERGENCY, ItopChangeState.values()),
                        cases(ChangeLifecycles.ZNUNY, ZNUNY, ZnunyChangeState.values()))
                .flatMap(s -> s);
    }

    private static <S extends Enum<S>> Stream<Arguments> cases(
            Lifecycle<S> lifecycle, Set<String> allowed, S[] states) {
        return Stream.of(states)
                .flatMap(f -> Stream.of(states)
                        .map(t -> Arguments.of(lifecycle.name(), lifecycle, f, t, allowed.contains(f + ">" + t))));
    }

    @ParameterizedTest(name = "{0}: {2} -> {3} allowed={4}")
    @MethodSource("pairs")
    <S extends Enum<S>> void everyPairIsLegalOrIllegalAsDocumented(
            String name, Lifecycle<S> lifecycle, S from, S to, boolean allowed) {
        assertEquals(allowed, lifecycle.isAllowed(from, to));
        if (allowed) {
            assertDoesNotThrow(() -> lifecycle.check("change CHG1", from, to));
            assertTrue(lifecycle.refusal(from, to).isEmpty());
        } else {
            IllegalTransitionException e =
                    assertThrows(IllegalTransitionException.class, () -> lifecycle.check("change CHG1", from, to));
            assertEquals(from.name(), e.from());
            assertEquals(to.name(), e.to());
            assertFalse(e.reason().isBlank());
            assertTrue(e.getMessage().startsWith("change CHG1: cannot go from " + from + " to " + to + ": "));
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        ChangeLifecycles.SERVICENOW_NORMAL,
                        ChangeState.REVIEW,
                        ChangeState.CANCELLED,
                        "the work is done: a change in REVIEW cannot be cancelled, only reviewed and closed"),
                Arguments.of(
                        ChangeLifecycles.SERVICENOW_STANDARD,
                        ChangeState.NEW,
                        ChangeState.ASSESS,
                        "a standard change is pre-authorized: it never enters ASSESS"),
                Arguments.of(
                        ChangeLifecycles.SERVICENOW_STANDARD,
                        ChangeState.AUTHORIZE,
                        ChangeState.SCHEDULED,
                        "a standard change is pre-authorized: it never enters AUTHORIZE"),
                Arguments.of(
                        ChangeLifecycles.SERVICENOW_EMERGENCY,
                        ChangeState.NEW,
                        ChangeState.ASSESS,
                        "an emergency change skips peer assessment: it never enters ASSESS"),
                Arguments.of(
                        ChangeLifecycles.SERVICENOW_NORMAL,
                        ChangeState.NEW,
                        ChangeState.AUTHORIZE,
                        "a normal change is assessed (peer review) before it is authorized"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("refusals")
    void refusalsSayWhy(Lifecycle<ChangeState> lifecycle, ChangeState from, ChangeState to, String why) {
        assertEquals(why, lifecycle.refusal(from, to).orElseThrow());
    }

    @Test
    void initialStatesAreTheAnchorsAndHaveAWayOut() {
        assertEquals(ItopChangeState.NEW, ChangeLifecycles.ITOP_INITIAL_STATE);
        assertEquals(ZnunyChangeState.REQUESTED, ChangeLifecycles.ZNUNY_INITIAL_STATE);
        assertFalse(ChangeLifecycles.ZNUNY.isFinal(ZnunyChangeState.REQUESTED));
        for (Lifecycle<ItopChangeState> l :
                Set.of(ChangeLifecycles.ITOP_ROUTINE, ChangeLifecycles.ITOP_NORMAL, ChangeLifecycles.ITOP_EMERGENCY)) {
            assertFalse(l.isFinal(ItopChangeState.NEW));
        }
    }

    @Test
    void serviceNowStateValuesAreTheDocumentedOnes() {
        // c_ChangeStateModel.md, column "State value"
        int[] documented = {-5, -4, -3, -2, -1, 0, 3, 4};
        for (ChangeState s : ChangeState.values()) {
            assertEquals(documented[s.ordinal()], s.serviceNowValue(), s.name());
        }
    }
}
