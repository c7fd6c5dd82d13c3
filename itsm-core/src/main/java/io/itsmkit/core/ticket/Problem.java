package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.timeline.Fold;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.util.Optional;

/**
 * A problem, the cause of one or more incidents, worked from assessment to a fix, with a {@link KnownError}
 * once a workaround is documented: the left fold of its {@link ProblemEvent}s.
 *
 * <p>Commands validate, create one event and apply it, returning the new problem; {@link #replay(Timeline)}
 * rebuilds a problem from its timeline alone ({@code Problem.replay(p.timeline()).equals(p)}). Steps follow
 * {@link Lifecycles#PROBLEM}. A problem reaches {@code RESOLVED}, or leaves the lifecycle early, only with a
 * {@link ProblemResolution}, through {@link #resolve}: fix applied (only from {@code FIX_IN_PROGRESS}) and
 * risk accepted lead to {@code RESOLVED}; duplicate and cancelled close it at once.
 *
 * <p>Failures: bad input throws {@link ValidationException}; a refused step throws
 * {@link IllegalTransitionException} (lifecycle) or {@link StateChangeRefusedException} (rule
 * {@code "open-problem"} on a closed problem). A retroactive command (a stamp that occurred before the last
 * event) is decided and refused on the problem as it stood when its event occurred, so a workaround found
 * while it was open can be recorded after it closed; the events after it must still hold (rule {@code
 * "fits-history"}, see {@link io.itsmkit.core.timeline.Fold#record}).
 *
 * <p>Guarantees: {@link #resolution()} is present exactly in {@code RESOLVED} and {@code CLOSED}. Problems
 * are equal when their timelines are.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Problem implements Identified<ProblemId> {
    private final ProblemId id;
    private final String title;
    private final ProblemState state;
    private final PriorityDecision priority;
    private final Classification classification;
    private final Optional<ProblemResolution> resolution;
    private final Optional<KnownError> knownError;
    private final Timeline<ProblemEvent> timeline;

    private Problem(
            ProblemId id,
            String title,
            ProblemState state,
            PriorityDecision priority,
            Classification classification,
            Optional<ProblemResolution> resolution,
            Optional<KnownError> knownError,
            Timeline<ProblemEvent> timeline) {
        this.id = id;
        this.title = title;
        this.state = state;
        this.priority = priority;
        this.classification = classification;
        this.resolution = resolution;
        this.knownError = knownError;
        this.timeline = timeline;
    }

    /**
     * Logs a new problem in state {@code NEW}.
     *
     * @param id the identifier
     * @param title a non-blank title
     * @param priority the initial priority decision
     * @param classification service, CI and category, as far as known
     * @param stamp who logs it, when it happened and when it was recorded
     * @return the problem, with its Opened event
     * @throws ValidationException if an argument is null or the title blank
     */
    public static Problem open(
            ProblemId id, String title, PriorityDecision priority, Classification classification, Stamp stamp) {
        Checks.notNull(id, "id");
        Checks.notBlank(title, "title");
        Checks.notNull(priority, "priority");
        Checks.notNull(classification, "classification");
        Checks.notNull(stamp, "stamp");
        return FOLD.replay(Timeline.<ProblemEvent>empty(id)
                .append(stamp, new ProblemEvent.Opened(title, priority, classification)));
    }

    /**
     * Rebuilds a problem from its timeline: the fold of every event, in order.
     *
     * @param timeline a problem's timeline, as stored
     * @return the problem; {@code replay(p.timeline()).equals(p)}
     * @throws ValidationException if the timeline is null or empty, its stream is not a {@link ProblemId}, it
     *     does not start with the only Opened event, or an event contradicts the state before it (the
     *     violation names the event, e.g. {@code timeline[3]}, and the rule that refused it)
     */
    public static Problem replay(Timeline<ProblemEvent> timeline) {
        return FOLD.replay(timeline);
    }

    /** The fold of a problem over its events: how replay and every command record and apply events. */
    private static final Fold<Problem, ProblemEvent> FOLD = new Fold<>(Problem.class, ProblemEvent.class) {
        @Override
        protected Problem start(Timeline<ProblemEvent> first) {
            return started(first);
        }

        @Override
        protected Problem apply(Problem problem, Timeline<ProblemEvent> next) {
            return problem.apply(next);
        }

        @Override
        protected Timeline<ProblemEvent> timeline(Problem problem) {
            return problem.timeline;
        }
    };

    private static Problem started(Timeline<ProblemEvent> one) {
        if (!(one.stream() instanceof ProblemId id)) {
            throw new ValidationException(
                    "timeline.stream",
                    "problem-id",
                    one.stream().kind(),
                    "a problem's timeline is keyed by a ProblemId");
        }
        if (!(one.first().event() instanceof ProblemEvent.Opened o)) {
            throw new ValidationException(
                    "timeline[0]",
                    "starts-with-opened",
                    one.first().event(),
                    "a problem's timeline starts with Opened");
        }
        return new Problem(
                id,
                o.title(),
                ProblemState.NEW,
                o.priority(),
                o.classification(),
                Optional.empty(),
                Optional.empty(),
                one);
    }

    /** Applies the last event of {@code next}: the only place where a problem's state changes. */
    private Problem apply(Timeline<ProblemEvent> next) {
        Recorded<ProblemEvent> r = next.last();
        ProblemEvent event = r.event();
        ProblemState s = state;
        PriorityDecision p = priority;
        Classification c = classification;
        Optional<ProblemResolution> res = resolution;
        Optional<KnownError> known = knownError;
        if (event instanceof ProblemEvent.Opened) {
            throw new StateChangeRefusedException(
                    subject(), "single-opened", "a problem's timeline has exactly one Opened event");
        } else if (event instanceof ProblemEvent.StateChanged e) {
            s = checkedMove(e);
            res = e.resolution().isPresent()
                    ? e.resolution()
                    : (e.to() == ProblemState.CLOSED ? resolution : Optional.empty());
        } else if (event instanceof ProblemEvent.WorkaroundRecorded e) {
            requireOpen();
            known = Optional.of(new KnownError(id, e.workaround(), r.actor(), r.occurredAt()));
        } else if (event instanceof ProblemEvent.PriorityChanged e) {
            requireOpen();
            expect("priority", priority, e.from());
            p = e.to();
        } else {
            ProblemEvent.Reclassified e = (ProblemEvent.Reclassified) event;
            requireOpen();
            expect("classification", classification, e.from());
            c = e.to();
        }
        return new Problem(id, title, s, p, c, res, known, next);
    }

    private ProblemState checkedMove(ProblemEvent.StateChanged e) {
        expect("state", state, e.from());
        ProblemState to = e.to();
        Lifecycles.PROBLEM.check(subject(), state, to);
        Optional<ProblemResolution> given = e.resolution();
        if (given.isEmpty()) {
            if (to == ProblemState.RESOLVED || (to == ProblemState.CLOSED && state != ProblemState.RESOLVED)) {
                throw new IllegalTransitionException(subject(), state, to, "needs a resolution: use resolve(...)");
            }
            return to;
        }
        if (state == ProblemState.RESOLVED) {
            throw new IllegalTransitionException(
                    subject(),
                    state,
                    to,
                    "already resolved as "
                            + resolution.map(x -> x.code().name()).orElse("?")
                            + "; close it with transition(CLOSED, ...)");
        }
        if (given.get().code() == ProblemResolution.Code.FIX_APPLIED && state != ProblemState.FIX_IN_PROGRESS) {
            throw new IllegalTransitionException(subject(), state, to, "FIX_APPLIED needs a fix in progress");
        }
        return to;
    }

    private void requireOpen() {
        if (state == ProblemState.CLOSED) {
            throw new StateChangeRefusedException(subject(), "open-problem", "it is CLOSED and cannot change");
        }
    }

    private void expect(String field, Object current, Object eventFrom) {
        if (!current.equals(eventFrom)) {
            throw new StateChangeRefusedException(
                    subject(),
                    "event-from-matches",
                    "the event changes " + field + " from " + eventFrom + " but it is " + current);
        }
    }

    private String subject() {
        return "problem " + id;
    }

    /**
     * Moves the problem without a resolution: through assessment, analysis and fix, back to analysis, or from
     * {@code RESOLVED} to {@code CLOSED} (keeping the resolution). Use {@link #resolve} to resolve, cancel or
     * mark a duplicate.
     *
     * @param to the new state
     * @param stamp who, when it happened and when it was recorded
     * @return the new problem, with its StateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#PROBLEM} refuses the move, or the move needs a
     *     resolution
     * @throws ValidationException if an argument is null or the stamp is before the last event
     */
    public Problem transition(ProblemState to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, p -> new ProblemEvent.StateChanged(p.state, to, Optional.empty()));
    }

    /**
     * Ends the problem with a resolution: fix applied or risk accepted lead to {@code RESOLVED}; duplicate or
     * cancelled close it.
     *
     * @param resolution how it ended
     * @param stamp who, when it happened and when it was recorded
     * @return the new problem, with its StateChanged event carrying the resolution
     * @throws IllegalTransitionException if the lifecycle refuses the target state, the problem is already
     *     resolved, or a fix is claimed outside {@code FIX_IN_PROGRESS}
     * @throws ValidationException if an argument is null or the stamp is before the last event
     */
    public Problem resolve(ProblemResolution resolution, Stamp stamp) {
        Checks.notNull(resolution, "resolution");
        return FOLD.record(
                this, stamp, p -> new ProblemEvent.StateChanged(p.state, resolution.target(), Optional.of(resolution)));
    }

    /**
     * Documents a workaround: the problem becomes (or updates) a known error; the same workaround as the
     * current one changes nothing.
     *
     * @param workaround how to restore service meanwhile, not blank
     * @param stamp who, when it happened and when it was recorded
     * @return the new problem with its WorkaroundRecorded event, or this problem if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-problem"} if the problem is closed
     * @throws ValidationException if an argument is null or blank, or the stamp is before the last event
     */
    public Problem recordWorkaround(String workaround, Stamp stamp) {
        Checks.notBlank(workaround, "workaround");
        return FOLD.record(this, stamp, p -> {
            p.requireOpen();
            return p.knownError.map(KnownError::workaround).equals(Optional.of(workaround))
                    ? null
                    : new ProblemEvent.WorkaroundRecorded(workaround);
        });
    }

    /**
     * Derives the priority again on the problem's matrix; any override is dropped. If the decision does not
     * change, nothing is recorded.
     *
     * @param impact the new impact, a level of the problem's matrix
     * @param urgency the new urgency, a level of the problem's matrix
     * @param stamp who, when it happened and when it was recorded
     * @return the new problem with its PriorityChanged event, or this problem if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-problem"} if the problem is closed
     * @throws ValidationException if an argument is null, a level is of another matrix, or the stamp is before
     *     the last event
     */
    public Problem reprioritise(Impact impact, Urgency urgency, Stamp stamp) {
        Checks.notNull(impact, "impact");
        Checks.notNull(urgency, "urgency");
        return FOLD.record(this, stamp, p -> {
            PriorityDecision to = p.priority.recompute(impact, urgency);
            p.requireOpen();
            return to.equals(p.priority) ? null : new ProblemEvent.PriorityChanged(p.priority, to);
        });
    }

    /**
     * Changes the problem's classification; the same classification changes nothing.
     *
     * @param to the new classification
     * @param stamp who, when it happened and when it was recorded
     * @return the new problem with its Reclassified event, or this problem if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-problem"} if the problem is closed
     * @throws ValidationException if an argument is null or the stamp is before the last event
     */
    public Problem reclassify(Classification to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, p -> {
            p.requireOpen();
            return to.equals(p.classification) ? null : new ProblemEvent.Reclassified(p.classification, to);
        });
    }

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Override
    public ProblemId id() {
        return id;
    }

    /**
     * Returns the title.
     *
     * @return a non-blank title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public ProblemState state() {
        return state;
    }

    /**
     * Returns the effective priority.
     *
     * @return the priority
     */
    public Priority priority() {
        return priority.priority();
    }

    /**
     * Returns how the priority was reached.
     *
     * @return the decision
     */
    public PriorityDecision priorityDecision() {
        return priority;
    }

    /**
     * Returns what the problem is about.
     *
     * @return the classification
     */
    public Classification classification() {
        return classification;
    }

    /**
     * Returns how the problem ended.
     *
     * @return the resolution in {@code RESOLVED} and {@code CLOSED}, else empty
     */
    public Optional<ProblemResolution> resolution() {
        return resolution;
    }

    /**
     * Returns the known error record, once a workaround is documented.
     *
     * @return the latest workaround, or empty
     */
    public Optional<KnownError> knownError() {
        return knownError;
    }

    /**
     * Tells whether a workaround is documented.
     *
     * @return {@code true} for a known error
     */
    public boolean isKnownError() {
        return knownError.isPresent();
    }

    /**
     * Returns every event so far, in order: the problem's only state of record.
     *
     * @return the timeline
     */
    public Timeline<ProblemEvent> timeline() {
        return timeline;
    }

    /**
     * Problems are equal when their timelines are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && p.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return timeline.hashCode();
    }

    /**
     * Renders the id, state and priority.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return subject() + " [" + state + ", priority " + priority() + ", " + timeline.size() + " events]";
    }
}
