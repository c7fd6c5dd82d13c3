package io.itsmkit.change.enablement;

import io.itsmkit.change.approval.Approval;
import io.itsmkit.change.approval.ApprovalStatus;
import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.Decision;
import io.itsmkit.change.approval.Delegation;
import io.itsmkit.change.approval.SegregationOfDuties;
import io.itsmkit.change.calendar.ScheduledChange;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.metrics.ClosedChange;
import io.itsmkit.change.metrics.PostImplementationReview;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.risk.RiskAssessment;
import io.itsmkit.change.risk.RiskContext;
import io.itsmkit.change.risk.RiskModel;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.timeline.Fold;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A change request: the left fold of its {@link ChangeEvent}s on core's {@link Timeline}.
 *
 * <p>Commands validate, create one event and apply it, returning the new change; {@link #replay(Timeline)}
 * rebuilds a change from its timeline alone, and {@code apply} is the only place its state changes. Both go
 * through core's {@link Fold}: a command decides its event on the change as it stood when the event occurred,
 * so a retroactive fact (occurred before the last event, recorded later) is decided on the past and must fit
 * the history after it (rule {@code "fits-history"}). The rules of the fold:
 *
 * <ul>
 *   <li>state changes follow the change model's lifecycle ({@link IllegalTransitionException} otherwise);
 *   <li>leaving {@link ChangeState#ASSESS} or {@link ChangeState#AUTHORIZE} forward needs the approval asked
 *       for in that state to be accepted (rule {@code "approved"}); going back to {@link ChangeState#NEW}
 *       drops it (ServiceNow's "Revert to New" cancels pending approvals);
 *   <li>approval is asked for in {@code ASSESS} or {@code AUTHORIZE} (rule {@code "approval-state"}), and
 *       decided there under the {@link Approval}'s segregation of duties, at the instant the decision (or
 *       break-glass override) occurred: a delegation must be valid then, and the approval's audit trail
 *       lists decisions in the order they occurred;
 *   <li>the content is revised only in {@code NEW} (rule {@code "revisable-in-new"}), keeping the type; the
 *       change is rescheduled up to {@code SCHEDULED} (rule {@code "reschedulable"});
 *   <li>a review is recorded in {@code REVIEW} (rule {@code "in-review"}), and a change is closed only
 *       once reviewed (rule {@code "reviewed"});
 *   <li>nothing happens to a closed or cancelled change (rule {@code "open-change"}).
 * </ul>
 *
 * <p>Failures: bad input throws {@link ValidationException}; a refused step throws
 * {@link StateChangeRefusedException} (an {@link IllegalTransitionException} for the lifecycle, a
 * {@code SegregationOfDutiesException} for a barred approver; rule {@code "fits-history"} for a retroactive
 * command that contradicts what happened after it). Nothing changes on failure.
 *
 * <p>Guarantees: {@code replay(c.timeline())} equals {@code c} in every attribute. Changes are equal when their
 * timelines are.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ChangeRequest implements Identified<ChangeId> {
    private static final Set<ChangeState> APPROVAL_STATES = EnumSet.of(ChangeState.ASSESS, ChangeState.AUTHORIZE);
    private static final Set<ChangeState> RESCHEDULABLE =
            EnumSet.of(ChangeState.NEW, ChangeState.ASSESS, ChangeState.AUTHORIZE, ChangeState.SCHEDULED);

    private final ChangeId id;
    private final ChangeModel model;
    private final ChangeDetails details;
    private final ChangeState state;
    private final Optional<RiskAssessment> risk;
    private final Optional<Approval> approval;
    private final Optional<PostImplementationReview> review;
    private final Timeline<ChangeEvent> timeline;

    private ChangeRequest(
            ChangeId id,
            ChangeModel model,
            ChangeDetails details,
            ChangeState state,
            Optional<RiskAssessment> risk,
            Optional<Approval> approval,
            Optional<PostImplementationReview> review,
            Timeline<ChangeEvent> timeline) {
        this.id = id;
        this.model = model;
        this.details = details;
        this.state = state;
        this.risk = risk;
        this.approval = approval;
        this.review = review;
        this.timeline = timeline;
    }

    /**
     * Raises a change request, in its model's initial state.
     *
     * @param id the identifier
     * @param model the change model; its type must be the content's
     * @param details the content
     * @param stamp who raises it, when it happened and when it was recorded
     * @return the change, with its Raised event
     * @throws ValidationException if an argument is null or the content's type is not the model's
     */
    public static ChangeRequest raise(ChangeId id, ChangeModel model, ChangeDetails details, Stamp stamp) {
        Checks.notNull(id, "id");
        Checks.notNull(stamp, "stamp");
        return FOLD.replay(Timeline.<ChangeEvent>empty(id).append(stamp, new ChangeEvent.Raised(model, details)));
    }

    /**
     * Rebuilds a change from its timeline: the fold of every event, in order.
     *
     * @param timeline a change's timeline, as stored
     * @return the change; {@code replay(c.timeline())} equals {@code c}
     * @throws ValidationException if the timeline is null or empty, its stream is not a {@link ChangeId}, it
     *     does not start with the only Raised event, or an event contradicts the state before it (the violation
     *     names the event, e.g. {@code timeline[3]}, and the rule that refused it)
     */
    public static ChangeRequest replay(Timeline<ChangeEvent> timeline) {
        return FOLD.replay(timeline);
    }

    /** The fold of a change over its events: how replay and every command record and apply events. */
    private static final Fold<ChangeRequest, ChangeEvent> FOLD = new Fold<>(ChangeRequest.class, ChangeEvent.class) {
        @Override
        protected ChangeRequest start(Timeline<ChangeEvent> first) {
            return started(first);
        }

        @Override
        protected ChangeRequest apply(ChangeRequest change, Timeline<ChangeEvent> next) {
            return change.apply(next);
        }

        @Override
        protected Timeline<ChangeEvent> timeline(ChangeRequest change) {
            return change.timeline;
        }
    };

    private static ChangeRequest started(Timeline<ChangeEvent> one) {
        if (!(one.stream() instanceof ChangeId id)) {
            throw new ValidationException(
                    "timeline.stream", "change-id", one.stream().kind(), "a change's timeline is keyed by a ChangeId");
        }
        if (!(one.first().event() instanceof ChangeEvent.Raised raised)) {
            throw new ValidationException(
                    "timeline[0]", "starts-with-raised", one.first().event(), "a change's timeline starts with Raised");
        }
        return new ChangeRequest(
                id,
                raised.model(),
                raised.details(),
                raised.model().initialState(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                one);
    }

    /** Applies the last event of {@code next}: the only place where a change's state changes. */
    private ChangeRequest apply(Timeline<ChangeEvent> next) {
        Recorded<ChangeEvent> r = next.last();
        ChangeEvent event = r.event();
        ChangeDetails d = details;
        ChangeState s = state;
        Optional<RiskAssessment> k = risk;
        Optional<Approval> a = approval;
        Optional<PostImplementationReview> rev = review;
        if (event instanceof ChangeEvent.Raised raised) {
            throw new ValidationException(
                    "event", "single-raised", raised, "a change's timeline has exactly one Raised event");
        }
        if (event instanceof ChangeEvent.StateChanged e) {
            s = moved(e);
            a = s == ChangeState.NEW ? Optional.empty() : a;
        } else {
            requireOpen();
            if (event instanceof ChangeEvent.Revised e) {
                require(state == ChangeState.NEW, "revisable-in-new", "its content is revised only in NEW");
                expect("content", details, e.from());
                d = e.to();
            } else if (event instanceof ChangeEvent.RiskAssessed e) {
                k = Optional.of(e.assessment());
            } else if (event instanceof ChangeEvent.ApprovalRequested e) {
                require(
                        APPROVAL_STATES.contains(state),
                        "approval-state",
                        "approval is asked for in ASSESS or AUTHORIZE");
                a = Optional.of(Approval.start(id, details, e.rules(), e.steps()));
            } else if (event instanceof ChangeEvent.Delegated e) {
                a = Optional.of(running().withDelegation(e.delegation()));
            } else if (event instanceof ChangeEvent.Decided e) {
                a = Optional.of(running().decideFor(e.step(), r.actor(), e.approver(), e.decision(), r.occurredAt()));
            } else if (event instanceof ChangeEvent.GlassBroken e) {
                a = Optional.of(running().breakGlass(r.actor(), e.reason(), r.occurredAt()));
            } else if (event instanceof ChangeEvent.Rescheduled e) {
                require(RESCHEDULABLE.contains(state), "reschedulable", "it is rescheduled up to SCHEDULED");
                expect("planned window", details.plannedWindow(), e.from());
                d = details.toBuilder().plannedWindow(e.to()).build();
            } else {
                ChangeEvent.Reviewed e = (ChangeEvent.Reviewed) event;
                require(state == ChangeState.REVIEW, "in-review", "a review is recorded in REVIEW");
                rev = Optional.of(e.review());
            }
        }
        return new ChangeRequest(id, model, d, s, k, a, rev, next);
    }

    private ChangeState moved(ChangeEvent.StateChanged e) {
        expect("state", state, e.from());
        ChangeState to = e.to();
        model.lifecycle().check(subject(), state, to);
        boolean forward = to != ChangeState.NEW && to != ChangeState.CANCELLED;
        if (APPROVAL_STATES.contains(state) && forward) {
            ApprovalStatus status = approval.map(Approval::status).orElse(ApprovalStatus.NONE);
            if (status != ApprovalStatus.ACCEPTED) {
                throw new IllegalTransitionException(
                        subject(),
                        state,
                        to,
                        "the approval asked for in " + state + " is " + status + ", not ACCEPTED");
            }
        }
        if (to == ChangeState.CLOSED && review.isEmpty()) {
            throw new IllegalTransitionException(subject(), state, to, "it is closed once reviewed: record a review");
        }
        return to;
    }

    private Approval running() {
        require(approval.isPresent(), "approval-requested", "no approval was asked for in " + state);
        return approval.orElseThrow();
    }

    private void requireOpen() {
        require(
                state != ChangeState.CLOSED && state != ChangeState.CANCELLED,
                "open-change",
                "it is " + state + " and cannot change");
    }

    private void require(boolean ok, String rule, String reason) {
        if (!ok) {
            throw new StateChangeRefusedException(subject(), rule, reason);
        }
    }

    private void expect(String field, Object current, Object eventFrom) {
        require(
                current.equals(eventFrom),
                "event-from-matches",
                "the event changes the " + field + " from " + eventFrom + " but it is " + current);
    }

    private String subject() {
        return "change " + id;
    }

    /*
     * Every command decides its event on the change as it stood when the event occurred (FOLD.record). An event
     * that does not depend on the change is built first, so a bad argument is named before the stamp is looked at.
     */

    /**
     * Moves the change in its model's lifecycle.
     *
     * @param to the new state
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its StateChanged event
     * @throws IllegalTransitionException if the lifecycle refuses the move, the approval of the state left is
     *     not accepted, or a change is closed unreviewed
     * @throws StateChangeRefusedException with rule {@code "fits-history"} if a retroactive move contradicts what
     *     happened after it
     * @throws ValidationException if an argument is null or the stamp occurred before the first event or was recorded
     *     before the event recorded last
     */
    public ChangeRequest transition(ChangeState to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, c -> new ChangeEvent.StateChanged(c.state, to));
    }

    /**
     * Revises the content, in {@code NEW}; the type stays. The same content changes nothing.
     *
     * @param to the new content
     * @param stamp who, when it happened and when it was recorded
     * @return the new change with its Revised event, or this change if nothing changes
     * @throws StateChangeRefusedException if the change is not in {@code NEW} (rule {@code "revisable-in-new"})
     *     or is closed
     * @throws ValidationException if an argument is null, the type changes, or the stamp occurred before the first
     *     event or was recorded before the event recorded last
     */
    public ChangeRequest revise(ChangeDetails to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, c -> to.equals(c.details) ? null : new ChangeEvent.Revised(c.details, to));
    }

    /**
     * Assesses the change's risk and records the assessment.
     *
     * @param riskModel the risk model
     * @param context the facts, about this change's current content
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its RiskAssessed event
     * @throws StateChangeRefusedException if the change is closed or cancelled
     * @throws ValidationException if an argument is null, the context is about other content (rule
     *     {@code "same-change"}), the model refuses the context, or the stamp occurred before the first event or
     *     was recorded before the event recorded last
     */
    public ChangeRequest assessRisk(RiskModel riskModel, RiskContext context, Stamp stamp) {
        Checks.notNull(riskModel, "riskModel");
        Checks.notNull(context, "context");
        return FOLD.record(this, stamp, c -> {
            if (!context.change().equals(c.details)) {
                throw new ValidationException(
                        "context.change",
                        "same-change",
                        context.change().title(),
                        "must be the content of " + c.subject() + " when the assessment occurred");
            }
            return new ChangeEvent.RiskAssessed(riskModel.assess(context));
        });
    }

    /**
     * Asks for approval in the current state, replacing any earlier approval.
     *
     * @param steps the approval steps, undecided (e.g. from an {@code AuthorityMatrix} route)
     * @param rules the segregation-of-duties rules
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its ApprovalRequested event
     * @throws StateChangeRefusedException if the change is not in {@code ASSESS} or {@code AUTHORIZE}
     * @throws ValidationException if an argument is null, the steps are not undecided with distinct names, or
     *     the stamp occurred before the first event or was recorded before the event recorded last
     */
    public ChangeRequest requestApproval(List<ApprovalStep> steps, SegregationOfDuties rules, Stamp stamp) {
        ChangeEvent.ApprovalRequested requested = new ChangeEvent.ApprovalRequested(steps, rules);
        return FOLD.record(this, stamp, c -> requested);
    }

    /**
     * Records a delegation of approval decisions.
     *
     * @param delegation from whom, to whom, when
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its Delegated event
     * @throws StateChangeRefusedException if no approval was asked for, or the change is closed
     * @throws ValidationException if an argument is null or the stamp occurred before the first event or was recorded
     *     before the event recorded last
     */
    public ChangeRequest delegate(Delegation delegation, Stamp stamp) {
        ChangeEvent.Delegated delegated = new ChangeEvent.Delegated(delegation);
        return FOLD.record(this, stamp, c -> delegated);
    }

    /**
     * Decides for an approver: the stamp's actor decides for themselves, or under a delegation for someone
     * else.
     *
     * @param step the approval step's name
     * @param approver the approver decided for
     * @param decision accept or refuse
     * @param stamp who decides, when it happened and when it was recorded
     * @return the new change, with its Decided event
     * @throws io.itsmkit.change.approval.SegregationOfDutiesException if segregation of duties bars it
     * @throws StateChangeRefusedException if no approval was asked for, the approver already decided, the
     *     approval was overridden, or the change is closed
     * @throws ValidationException if an argument is null, the step or approver is unknown, or the stamp
     *     occurred before the first event or was recorded before the event recorded last
     */
    public ChangeRequest decide(String step, ActorId approver, Decision decision, Stamp stamp) {
        ChangeEvent.Decided decided = new ChangeEvent.Decided(step, approver, decision);
        return FOLD.record(this, stamp, c -> decided);
    }

    /**
     * Overrides the approval in an emergency (break glass): the approval counts as accepted, and the reason is
     * recorded in the timeline and the approval's audit trail.
     *
     * @param reason why, not blank
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its GlassBroken event
     * @throws StateChangeRefusedException if no approval was asked for, it was already overridden, or the
     *     change is closed
     * @throws ValidationException if an argument is null, the reason blank, or the stamp occurred before the first
     *     event or was recorded before the event recorded last
     */
    public ChangeRequest breakGlass(String reason, Stamp stamp) {
        ChangeEvent.GlassBroken broken = new ChangeEvent.GlassBroken(reason);
        return FOLD.record(this, stamp, c -> broken);
    }

    /**
     * Plans the change at another time, up to {@code SCHEDULED}. The same window changes nothing.
     *
     * @param window the new planned window
     * @param stamp who, when it happened and when it was recorded
     * @return the new change with its Rescheduled event, or this change if nothing changes
     * @throws StateChangeRefusedException if the change is past {@code SCHEDULED} (rule {@code "reschedulable"})
     * @throws ValidationException if an argument is null or the stamp occurred before the first event or was recorded
     *     before the event recorded last
     */
    public ChangeRequest reschedule(Window window, Stamp stamp) {
        Checks.notNull(window, "window");
        return FOLD.record(
                this,
                stamp,
                c -> c.details.plannedWindow().equals(Optional.of(window))
                        ? null
                        : new ChangeEvent.Rescheduled(c.details.plannedWindow(), window));
    }

    /**
     * Records the post-implementation review, in {@code REVIEW}.
     *
     * @param review the review
     * @param stamp who, when it happened and when it was recorded
     * @return the new change, with its Reviewed event
     * @throws StateChangeRefusedException if the change is not in {@code REVIEW} (rule {@code "in-review"})
     * @throws ValidationException if an argument is null or the stamp occurred before the first event or was recorded
     *     before the event recorded last
     */
    public ChangeRequest review(PostImplementationReview review, Stamp stamp) {
        ChangeEvent.Reviewed reviewed = new ChangeEvent.Reviewed(review);
        return FOLD.record(this, stamp, c -> reviewed);
    }

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Override
    public ChangeId id() {
        return id;
    }

    /**
     * Returns the change model.
     *
     * @return the model
     */
    public ChangeModel model() {
        return model;
    }

    /**
     * Returns the current content.
     *
     * @return the content
     */
    public ChangeDetails details() {
        return details;
    }

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public ChangeState state() {
        return state;
    }

    /**
     * Returns the last risk assessment.
     *
     * @return the assessment, if the risk was assessed
     */
    public Optional<RiskAssessment> risk() {
        return risk;
    }

    /**
     * Returns the current approval.
     *
     * @return the approval asked for in the current or last approval state, if any
     */
    public Optional<Approval> approval() {
        return approval;
    }

    /**
     * Returns the post-implementation review.
     *
     * @return the review, once recorded
     */
    public Optional<PostImplementationReview> review() {
        return review;
    }

    /**
     * Returns the timeline this change is the fold of.
     *
     * @return the timeline, starting with Raised
     */
    public Timeline<ChangeEvent> timeline() {
        return timeline;
    }

    /**
     * Returns the change as the change calendar sees it.
     *
     * @return the scheduled change, if the change is planned and neither closed nor cancelled
     */
    public Optional<ScheduledChange> scheduled() {
        return details.plannedWindow().isEmpty() || state == ChangeState.CLOSED || state == ChangeState.CANCELLED
                ? Optional.empty()
                : Optional.of(ScheduledChange.of(id, details));
    }

    /**
     * Returns the change as metrics count it, once closed and reviewed.
     *
     * @param services the services the change affected
     * @return the closed change, if the change is closed
     * @throws ValidationException if the set is null or holds null
     */
    public Optional<ClosedChange> closed(Set<ConfigurationItemId> services) {
        Checks.notNull(services, "services");
        if (state != ChangeState.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(new ClosedChange(
                id,
                details.type(),
                model.name(),
                details.assignmentGroup(),
                details.items(),
                services,
                timeline.last().occurredAt(), // nothing occurs after the closing event
                false,
                review.orElseThrow()));
    }

    /**
     * Changes are equal when their timelines are (the rest is their fold).
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeRequest other && other.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return timeline.hashCode();
    }

    /**
     * Renders the change briefly.
     *
     * @return e.g. {@code "change CHG1 (Normal, AUTHORIZE, 5 events)"}
     */
    @Override
    public String toString() {
        return subject() + " (" + model.name() + ", " + state + ", " + timeline.size() + " events)";
    }
}
