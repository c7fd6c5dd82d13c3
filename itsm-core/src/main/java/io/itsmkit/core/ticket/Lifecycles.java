package io.itsmkit.core.ticket;

import io.itsmkit.core.lifecycle.Lifecycle;

/**
 * The transition tables of incidents and service requests, problems, and major incident standing.
 *
 * <p>Incident / service request ({@link #TICKET}):
 *
 * <pre>
 * NEW         -&gt; IN_PROGRESS, ON_HOLD, RESOLVED, CANCELLED
 * IN_PROGRESS -&gt; ON_HOLD, RESOLVED, CANCELLED
 * ON_HOLD     -&gt; IN_PROGRESS, RESOLVED, CANCELLED
 * RESOLVED    -&gt; CLOSED, IN_PROGRESS (a reopen: counted and recorded)
 * CLOSED, CANCELLED: final
 * </pre>
 *
 * <p>Problem ({@link #PROBLEM}):
 *
 * <pre>
 * NEW                 -&gt; ASSESS, CLOSED (duplicate or cancelled)
 * ASSESS              -&gt; ROOT_CAUSE_ANALYSIS, RESOLVED (risk accepted), CLOSED
 * ROOT_CAUSE_ANALYSIS -&gt; FIX_IN_PROGRESS, RESOLVED (risk accepted), CLOSED
 * FIX_IN_PROGRESS     -&gt; RESOLVED, ROOT_CAUSE_ANALYSIS (fix failed), CLOSED
 * RESOLVED            -&gt; CLOSED, ROOT_CAUSE_ANALYSIS (re-analyse)
 * CLOSED: final
 * </pre>
 *
 * <p>Major incident ({@link #MAJOR_INCIDENT}): {@code NONE -> PROPOSED -> ACCEPTED | REJECTED},
 * {@code REJECTED -> PROPOSED} (proposed again), {@code ACCEPTED} final.
 */
public final class Lifecycles {
    private Lifecycles() {}

    /** Incident and service request states. */
    public static final Lifecycle<TicketState> TICKET = Lifecycle.builder("ticket", TicketState.class)
            .allow(
                    TicketState.NEW,
                    TicketState.IN_PROGRESS,
                    TicketState.ON_HOLD,
                    TicketState.RESOLVED,
                    TicketState.CANCELLED)
            .allow(TicketState.IN_PROGRESS, TicketState.ON_HOLD, TicketState.RESOLVED, TicketState.CANCELLED)
            .allow(TicketState.ON_HOLD, TicketState.IN_PROGRESS, TicketState.RESOLVED, TicketState.CANCELLED)
            .allow(TicketState.RESOLVED, TicketState.CLOSED, TicketState.IN_PROGRESS)
            .refuse(TicketState.CLOSED, TicketState.IN_PROGRESS, "reopen only from RESOLVED; CLOSED is final")
            .refuse(TicketState.NEW, TicketState.CLOSED, "only a RESOLVED ticket can be closed")
            .refuse(TicketState.IN_PROGRESS, TicketState.CLOSED, "only a RESOLVED ticket can be closed")
            .refuse(TicketState.ON_HOLD, TicketState.CLOSED, "only a RESOLVED ticket can be closed")
            .refuse(TicketState.RESOLVED, TicketState.ON_HOLD, "a RESOLVED ticket must be reopened first")
            .refuse(TicketState.RESOLVED, TicketState.CANCELLED, "a RESOLVED ticket can only be closed or reopened")
            .build();

    /** Problem states. */
    public static final Lifecycle<ProblemState> PROBLEM = Lifecycle.builder("problem", ProblemState.class)
            .allow(ProblemState.NEW, ProblemState.ASSESS, ProblemState.CLOSED)
            .allow(ProblemState.ASSESS, ProblemState.ROOT_CAUSE_ANALYSIS, ProblemState.RESOLVED, ProblemState.CLOSED)
            .allow(
                    ProblemState.ROOT_CAUSE_ANALYSIS,
                    ProblemState.FIX_IN_PROGRESS,
                    ProblemState.RESOLVED,
                    ProblemState.CLOSED)
            .allow(
                    ProblemState.FIX_IN_PROGRESS,
                    ProblemState.RESOLVED,
                    ProblemState.ROOT_CAUSE_ANALYSIS,
                    ProblemState.CLOSED)
            .allow(ProblemState.RESOLVED, ProblemState.CLOSED, ProblemState.ROOT_CAUSE_ANALYSIS)
            .refuse(ProblemState.NEW, ProblemState.RESOLVED, "a NEW problem must be assessed before it is resolved")
            .build();

    /** Major incident standing. */
    public static final Lifecycle<MajorIncidentState> MAJOR_INCIDENT = Lifecycle.builder(
                    "major incident", MajorIncidentState.class)
            .allow(MajorIncidentState.NONE, MajorIncidentState.PROPOSED)
            .allow(MajorIncidentState.PROPOSED, MajorIncidentState.ACCEPTED, MajorIncidentState.REJECTED)
            .allow(MajorIncidentState.REJECTED, MajorIncidentState.PROPOSED)
            .refuse(MajorIncidentState.NONE, MajorIncidentState.ACCEPTED, "a major incident must be proposed first")
            .build();
}
