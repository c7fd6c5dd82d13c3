package io.itsmkit.change.lifecycle;

import static io.itsmkit.change.lifecycle.ChangeState.ASSESS;
import static io.itsmkit.change.lifecycle.ChangeState.AUTHORIZE;
import static io.itsmkit.change.lifecycle.ChangeState.CANCELLED;
import static io.itsmkit.change.lifecycle.ChangeState.CLOSED;
import static io.itsmkit.change.lifecycle.ChangeState.IMPLEMENT;
import static io.itsmkit.change.lifecycle.ChangeState.NEW;
import static io.itsmkit.change.lifecycle.ChangeState.REVIEW;
import static io.itsmkit.change.lifecycle.ChangeState.SCHEDULED;

import io.itsmkit.core.lifecycle.Lifecycle;

/**
 * The change lifecycles of the anchor tools, as data: every allowed transition is listed, every other one
 * is refused with a reason.
 *
 * <p>ServiceNow (Change Management documentation, "State model and transitions" and "State progression for
 * normal, standard, and emergency changes"): normal changes go New, Assess, Authorize, Scheduled, Implement,
 * Review, Closed; standard changes skip Assess and Authorize; emergency changes skip Assess. A normal change
 * goes back to New from Assess or Authorize ("Revert to New", or a rejection); an emergency change from
 * Authorize. A change can be cancelled in every state but Review and Closed.
 *
 * <p>iTop (module {@code itop-change-mgmt-itil}, {@code datamodel.itop-change-mgmt-itil.xml}): the
 * lifecycles of classes {@code RoutineChange}, {@code NormalChange} and {@code EmergencyChange}; all start in
 * {@link ItopChangeState#NEW}.
 *
 * <p>Znuny ITSM Change Management ({@code var/packagesetup/ITSMChangeManagement.pm},
 * {@code _StateMachineDefaultSet}): the default change state machine, starting in
 * {@link ZnunyChangeState#REQUESTED}.
 *
 * <p>Implementation Requirements: the lifecycles are immutable and thread-safe.
 */
public final class ChangeLifecycles {
    private ChangeLifecycles() {}

    private static final String NO_CANCEL_IN_REVIEW =
            "the work is done: a change in REVIEW cannot be cancelled, only reviewed and closed";

    /** ServiceNow's normal change: New, Assess, Authorize, Scheduled, Implement, Review, Closed. */
    public static final Lifecycle<ChangeState> SERVICENOW_NORMAL = Lifecycle.builder(
                    "ServiceNow normal change", ChangeState.class)
            .allow(NEW, ASSESS, CANCELLED)
            .allow(ASSESS, AUTHORIZE, NEW, CANCELLED)
            .allow(AUTHORIZE, SCHEDULED, NEW, CANCELLED)
            .allow(SCHEDULED, IMPLEMENT, CANCELLED)
            .allow(IMPLEMENT, REVIEW, CANCELLED)
            .allow(REVIEW, CLOSED)
            .refuse(NEW, AUTHORIZE, "a normal change is assessed (peer review) before it is authorized")
            .refuse(NEW, SCHEDULED, "a normal change is assessed and authorized before it is scheduled")
            .refuse(REVIEW, CANCELLED, NO_CANCEL_IN_REVIEW)
            .build();

    /** ServiceNow's standard change: pre-authorized, New, Scheduled, Implement, Review, Closed. */
    public static final Lifecycle<ChangeState> SERVICENOW_STANDARD = skipping(
                    Lifecycle.builder("ServiceNow standard change", ChangeState.class)
                            .allow(NEW, SCHEDULED, CANCELLED)
                            .allow(SCHEDULED, IMPLEMENT, CANCELLED)
                            .allow(IMPLEMENT, REVIEW, CANCELLED)
                            .allow(REVIEW, CLOSED)
                            .refuse(REVIEW, CANCELLED, NO_CANCEL_IN_REVIEW),
                    "a standard change is pre-authorized: it never enters ",
                    ASSESS,
                    AUTHORIZE)
            .build();

    /** ServiceNow's emergency change: New, Authorize, Scheduled, Implement, Review, Closed. */
    public static final Lifecycle<ChangeState> SERVICENOW_EMERGENCY = skipping(
                    Lifecycle.builder("ServiceNow emergency change", ChangeState.class)
                            .allow(NEW, AUTHORIZE, CANCELLED)
                            .allow(AUTHORIZE, SCHEDULED, NEW, CANCELLED)
                            .allow(SCHEDULED, IMPLEMENT, CANCELLED)
                            .allow(IMPLEMENT, REVIEW, CANCELLED)
                            .allow(REVIEW, CLOSED)
                            .refuse(NEW, SCHEDULED, "an emergency change is authorized (emergency CAB) first")
                            .refuse(REVIEW, CANCELLED, NO_CANCEL_IN_REVIEW),
                    "an emergency change skips peer assessment: it never enters ",
                    ASSESS)
            .build();

    /** The state every iTop change starts in. */
    public static final ItopChangeState ITOP_INITIAL_STATE = ItopChangeState.NEW;

    /** iTop's {@code RoutineChange} (standard change): no validation, no approval. */
    public static final Lifecycle<ItopChangeState> ITOP_ROUTINE = implemented(
                    Lifecycle.builder("iTop routine change", ItopChangeState.class)
                            .allow(ItopChangeState.NEW, ItopChangeState.ASSIGNED)
                            .allow(ItopChangeState.ASSIGNED, ItopChangeState.PLANNED_SCHEDULED)
                            .allow(ItopChangeState.PLANNED_SCHEDULED, ItopChangeState.IMPLEMENTED))
            .build();

    /** iTop's {@code NormalChange}: validated, then planned, then approved. */
    public static final Lifecycle<ItopChangeState> ITOP_NORMAL = approved(
                    Lifecycle.builder("iTop normal change", ItopChangeState.class)
                            .allow(ItopChangeState.NEW, ItopChangeState.VALIDATED, ItopChangeState.REJECTED)
                            .allow(ItopChangeState.REJECTED, ItopChangeState.NEW)
                            .allow(ItopChangeState.VALIDATED, ItopChangeState.ASSIGNED))
            .build();

    /** iTop's {@code EmergencyChange}: no validation step, but approved before implementation. */
    public static final Lifecycle<ItopChangeState> ITOP_EMERGENCY = approved(
                    Lifecycle.builder("iTop emergency change", ItopChangeState.class)
                            .allow(ItopChangeState.NEW, ItopChangeState.ASSIGNED))
            .build();

    /** The state every Znuny change starts in. */
    public static final ZnunyChangeState ZNUNY_INITIAL_STATE = ZnunyChangeState.REQUESTED;

    /** Znuny's default change state machine. */
    public static final Lifecycle<ZnunyChangeState> ZNUNY = Lifecycle.builder("Znuny change", ZnunyChangeState.class)
            .allow(
                    ZnunyChangeState.REQUESTED,
                    ZnunyChangeState.REJECTED,
                    ZnunyChangeState.RETRACTED,
                    ZnunyChangeState.PENDING_APPROVAL,
                    ZnunyChangeState.IN_PROGRESS)
            .allow(
                    ZnunyChangeState.PENDING_APPROVAL,
                    ZnunyChangeState.REJECTED,
                    ZnunyChangeState.RETRACTED,
                    ZnunyChangeState.APPROVED)
            .allow(ZnunyChangeState.APPROVED, ZnunyChangeState.RETRACTED, ZnunyChangeState.IN_PROGRESS)
            .allow(
                    ZnunyChangeState.IN_PROGRESS,
                    ZnunyChangeState.PENDING_PIR,
                    ZnunyChangeState.RETRACTED,
                    ZnunyChangeState.FAILED,
                    ZnunyChangeState.SUCCESSFUL,
                    ZnunyChangeState.CANCELED)
            .allow(ZnunyChangeState.PENDING_PIR, ZnunyChangeState.FAILED, ZnunyChangeState.SUCCESSFUL)
            .build();

    /**
     * Adds what iTop's {@code ApprovedChange} classes (normal and emergency) share: planned, then approved or
     * not approved (and replanned), then implemented.
     */
    private static Lifecycle.Builder<ItopChangeState> approved(Lifecycle.Builder<ItopChangeState> b) {
        return implemented(b.allow(ItopChangeState.ASSIGNED, ItopChangeState.PLANNED_SCHEDULED)
                .allow(ItopChangeState.PLANNED_SCHEDULED, ItopChangeState.APPROVED, ItopChangeState.NOT_APPROVED)
                .allow(ItopChangeState.NOT_APPROVED, ItopChangeState.PLANNED_SCHEDULED)
                .allow(ItopChangeState.APPROVED, ItopChangeState.IMPLEMENTED));
    }

    /** Adds what every iTop change does once implemented: monitored, then closed, or closed at once. */
    private static Lifecycle.Builder<ItopChangeState> implemented(Lifecycle.Builder<ItopChangeState> b) {
        return b.allow(ItopChangeState.IMPLEMENTED, ItopChangeState.MONITORED, ItopChangeState.CLOSED)
                .allow(ItopChangeState.MONITORED, ItopChangeState.CLOSED);
    }

    /** Gives every step into or out of states a lifecycle never uses a reason naming them. */
    private static Lifecycle.Builder<ChangeState> skipping(
            Lifecycle.Builder<ChangeState> b, String reason, ChangeState... unused) {
        for (ChangeState skipped : unused) {
            for (ChangeState other : ChangeState.values()) {
                b.refuse(other, skipped, reason + skipped);
                b.refuse(skipped, other, reason + skipped);
            }
        }
        return b;
    }
}
