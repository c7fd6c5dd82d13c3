package io.itsmkit.core.ticket;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.style.ItsmStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem: the cause of one or more incidents, worked from assessment to a fix, with an optional
 * {@link KnownError} once a workaround is documented.
 *
 * <p>Steps follow {@link Lifecycles#PROBLEM} and return the new problem and its event ({@link Updated});
 * refused steps throw an {@link IllegalTransitionException} naming from, to and why. A problem reaches
 * {@code RESOLVED} or leaves the lifecycle early only with a {@link ProblemResolution}, through
 * {@link #resolve}: fix applied (only from {@code FIX_IN_PROGRESS}) and risk accepted lead to
 * {@code RESOLVED}; duplicate and cancelled close it at once.
 *
 * <p>Guarantees: {@link #resolution()} is present exactly in {@code RESOLVED} and {@code CLOSED}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Problem {
    Problem() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public abstract TicketId id();

    /**
     * Returns the title.
     *
     * @return a non-blank title
     */
    public abstract String title();

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public abstract ProblemState state();

    /**
     * Returns how the current priority was reached.
     *
     * @return the decision
     */
    public abstract PriorityDecision priority();

    /**
     * Returns the affected service or configuration item.
     *
     * @return the item, or empty
     */
    public abstract Optional<ConfigurationItemId> affectedItem();

    /**
     * Returns the category.
     *
     * @return the category, or empty
     */
    public abstract Optional<Category> category();

    /**
     * Returns how the problem ended.
     *
     * @return the resolution in {@code RESOLVED} and {@code CLOSED}, else empty
     */
    public abstract Optional<ProblemResolution> resolution();

    /**
     * Returns the known error record, once a workaround is documented.
     *
     * @return the known error, or empty
     */
    public abstract Optional<KnownError> knownError();

    /**
     * Returns every event so far, oldest first.
     *
     * @return the timeline
     */
    public abstract TicketTimeline timeline();

    /**
     * Tells whether a workaround is documented.
     *
     * @return {@code true} for a known error
     */
    public boolean isKnownError() {
        return knownError().isPresent();
    }

    /**
     * Logs a new problem in state {@code NEW}.
     *
     * @param draft what is known
     * @param actor who logs it
     * @param at when
     * @return the problem and its Opened event
     * @throws ValidationException if an argument is null
     */
    public static Updated<Problem> open(TicketDraft draft, ActorId actor, Instant at) {
        Checks.notNull(draft, "draft");
        TicketEvent.Opened opened =
                new TicketEvent.Opened(at, actor, TicketKind.PROBLEM, draft.title(), draft.priority());
        Problem p = ImmutableProblem.builder()
                .id(draft.id())
                .title(draft.title())
                .state(ProblemState.NEW)
                .priority(draft.priority())
                .affectedItem(draft.affectedItem())
                .category(draft.category())
                .timeline(TicketTimeline.start(opened))
                .build();
        return new Updated<>(p, opened);
    }

    /**
     * Moves the problem without a resolution: through assessment, analysis and fix, back to analysis, or
     * from {@code RESOLVED} to {@code CLOSED} (keeping the resolution). Use {@link #resolve} to resolve,
     * cancel or mark a duplicate.
     *
     * @param to the new state
     * @param actor who
     * @param at when, not before the last event
     * @return the new problem and its ProblemStateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#PROBLEM} refuses the move, or the move
     *     needs a resolution
     * @throws ValidationException if an argument is null or {@code at} is before the last event
     */
    public Updated<Problem> transition(ProblemState to, ActorId actor, Instant at) {
        Checks.notNull(to, "to");
        Lifecycles.PROBLEM.check(subject(), state(), to);
        if (to == ProblemState.RESOLVED || (to == ProblemState.CLOSED && state() != ProblemState.RESOLVED)) {
            throw new IllegalTransitionException(subject(), state(), to, "needs a resolution: use resolve(...)");
        }
        ProblemState from = state();
        Optional<ProblemResolution> kept = to == ProblemState.CLOSED ? resolution() : Optional.empty();
        TicketEvent.ProblemStateChanged e = new TicketEvent.ProblemStateChanged(at, actor, from, to, Optional.empty());
        return new Updated<>(
                ImmutableProblem.builder()
                        .from(this)
                        .state(to)
                        .resolution(kept)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Ends the problem with a resolution: fix applied or risk accepted lead to {@code RESOLVED};
     * duplicate or cancelled close it.
     *
     * @param resolution how it ended
     * @param actor who
     * @param at when, not before the last event
     * @return the new problem and its ProblemStateChanged event carrying the resolution
     * @throws IllegalTransitionException if the lifecycle refuses the target state, the problem is already
     *     resolved, or a fix is claimed outside {@code FIX_IN_PROGRESS}
     * @throws ValidationException if an argument is null or {@code at} is before the last event
     */
    public Updated<Problem> resolve(ProblemResolution resolution, ActorId actor, Instant at) {
        Checks.notNull(resolution, "resolution");
        ProblemState to = resolution.target();
        Lifecycles.PROBLEM.check(subject(), state(), to);
        if (state() == ProblemState.RESOLVED) {
            throw new IllegalTransitionException(
                    subject(),
                    state(),
                    to,
                    "already resolved as "
                            + resolution().map(r -> r.code().name()).orElse("?")
                            + "; close it with transition(CLOSED, ...)");
        }
        if (resolution.code() == ProblemResolution.Code.FIX_APPLIED && state() != ProblemState.FIX_IN_PROGRESS) {
            throw new IllegalTransitionException(subject(), state(), to, "FIX_APPLIED needs a fix in progress");
        }
        TicketEvent.ProblemStateChanged e =
                new TicketEvent.ProblemStateChanged(at, actor, state(), to, Optional.of(resolution));
        return new Updated<>(
                ImmutableProblem.builder()
                        .from(this)
                        .state(to)
                        .resolution(resolution)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Documents a workaround: the problem becomes (or updates) a known error.
     *
     * @param workaround how to restore service meanwhile, not blank
     * @param actor who
     * @param at when, not before the last event
     * @return the new problem and its WorkaroundRecorded event
     * @throws ValidationException if an argument is null or blank, the problem is closed, or {@code at}
     *     is before the last event
     */
    public Updated<Problem> recordWorkaround(String workaround, ActorId actor, Instant at) {
        requireOpen("knownError");
        TicketEvent.WorkaroundRecorded e = new TicketEvent.WorkaroundRecorded(at, actor, workaround);
        return new Updated<>(
                ImmutableProblem.builder()
                        .from(this)
                        .knownError(new KnownError(id(), workaround, actor, at))
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Derives the priority again from new impact and urgency; any override is dropped.
     *
     * @param matrix the matrix
     * @param impact the new impact
     * @param urgency the new urgency
     * @param actor who
     * @param at when, not before the last event
     * @return the new problem and its PriorityChanged event
     * @throws ValidationException if an argument is null, a level is foreign, the problem is closed, or
     *     {@code at} is before the last event
     */
    public Updated<Problem> reprioritise(
            PriorityMatrix matrix, Impact impact, Urgency urgency, ActorId actor, Instant at) {
        requireOpen("priority");
        PriorityDecision decision = priority().recompute(matrix, impact, urgency);
        TicketEvent.PriorityChanged e = new TicketEvent.PriorityChanged(at, actor, decision);
        return new Updated<>(
                ImmutableProblem.builder()
                        .from(this)
                        .priority(decision)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    private void requireOpen(String path) {
        if (state() == ProblemState.CLOSED) {
            throw new ValidationException(path, "open-problem", state(), id() + " is CLOSED and cannot change");
        }
    }

    private String subject() {
        return "problem " + id();
    }

    /** Checks the guarantees listed in the class comment. */
    @Value.Check
    protected void check() {
        boolean ended = state() == ProblemState.RESOLVED || state() == ProblemState.CLOSED;
        Checks.collector()
                .require(!title().isBlank(), "title", "not-blank", title(), "must not be blank")
                .require(
                        resolution().isPresent() == ended,
                        "resolution",
                        "resolution-iff-ended",
                        resolution().map(r -> r.code().name()).orElse("none"),
                        "must be present exactly in RESOLVED and CLOSED")
                .require(
                        knownError().map(k -> k.problem().equals(id())).orElse(true),
                        "knownError.problem",
                        "same-problem",
                        knownError().map(KnownError::problem).orElse(id()),
                        "must be this problem's id")
                .throwIfAny();
    }
}
