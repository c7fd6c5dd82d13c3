package io.itsmkit.core.priority;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.style.ItsmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a ticket's priority was reached: the impact and urgency, the matrix cell they select, and an
 * optional audited {@link PriorityOverride}.
 *
 * <p>A decision keeps the {@link #matrix()} it was derived from, so a ticket stays on one matrix: its
 * {@link #recompute(Impact, Urgency) recompute} and overrides use the same scales, and levels of another
 * matrix are refused with a {@code ValidationException} (rule {@code "on-scale"}).
 *
 * <p>{@link #priority()} is the override's priority if there is one, otherwise the matrix cell's.
 * {@link #recompute(Impact, Urgency)} derives a fresh decision whenever impact or
 * urgency changes: the matrix cell is looked up again and any override is dropped, because it was a
 * judgement about the old inputs (so a manual priority can never silently outlive the facts it was set
 * for, the GLPI pain point). Re-apply an override after a recompute if it still holds.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class PriorityDecision {
    PriorityDecision() {}

    /**
     * Returns the matrix the decision was derived from.
     *
     * @return the matrix
     */
    public abstract PriorityMatrix matrix();

    /**
     * Returns the impact the decision is based on.
     *
     * @return the impact
     */
    public abstract Impact impact();

    /**
     * Returns the urgency the decision is based on.
     *
     * @return the urgency
     */
    public abstract Urgency urgency();

    /**
     * Returns the priority in the matrix cell of {@link #impact()} x {@link #urgency()}.
     *
     * @return the matrix priority
     */
    public abstract Priority matrixPriority();

    /**
     * Returns the override, if the matrix was overridden.
     *
     * @return the override or empty
     */
    public abstract Optional<PriorityOverride> override();

    /**
     * Returns the effective priority: the override's if present, otherwise the matrix cell's.
     *
     * @return the priority
     */
    @Value.Derived
    public Priority priority() {
        return override().map(PriorityOverride::priority).orElse(matrixPriority());
    }

    /**
     * Tells whether the priority was set by hand.
     *
     * @return {@code true} if an override is present
     */
    public boolean isOverridden() {
        return override().isPresent();
    }

    /**
     * Derives a decision from a matrix.
     *
     * @param matrix the matrix
     * @param impact a level of the matrix's impact scale
     * @param urgency a level of the matrix's urgency scale
     * @return the decision, without override
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or a level is foreign
     */
    public static PriorityDecision derive(PriorityMatrix matrix, Impact impact, Urgency urgency) {
        Checks.notNull(matrix, "matrix");
        return ImmutablePriorityDecision.builder()
                .matrix(matrix)
                .impact(impact)
                .urgency(urgency)
                .matrixPriority(matrix.priorityOf(impact, urgency))
                .build();
    }

    /**
     * Derives a fresh decision on the same matrix from new impact and urgency; any override is dropped.
     *
     * @param impact a level of this matrix's impact scale
     * @param urgency a level of this matrix's urgency scale
     * @return the new decision, without override
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or a level is of another
     *     matrix (rule {@code "on-scale"})
     */
    public PriorityDecision recompute(Impact impact, Urgency urgency) {
        return derive(matrix(), impact, urgency);
    }

    /**
     * Checks that another decision was derived from the same matrix.
     *
     * @param other another decision
     * @param path the field path named in the violation
     * @return {@code other}
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "same-matrix"} otherwise
     */
    public PriorityDecision requireSameMatrix(PriorityDecision other, String path) {
        Checks.notNull(other, path);
        if (!other.matrix().equals(matrix())) {
            throw new io.itsmkit.core.error.ValidationException(
                    path,
                    "same-matrix",
                    other.priority().scale().name(),
                    "must be derived from the same priority matrix as "
                            + priority().scale().name());
        }
        return other;
    }

    /**
     * Returns this decision overridden by hand.
     *
     * @param override the override; its priority must be on the same scale as the matrix priority
     * @return the overridden decision
     * @throws io.itsmkit.core.error.ValidationException if the override is null or its priority is foreign
     */
    public PriorityDecision withOverride(PriorityOverride override) {
        Checks.notNull(override, "override");
        return ImmutablePriorityDecision.copyOf(this).withOverride(override);
    }

    /**
     * Explains the decision for people, e.g. {@code "priority 2 - High from matrix cell impact 1 - High x
     * urgency 2 - Medium"} or {@code "priority 6 - Major by override of alice at ... (reason: ...);
     * matrix cell ... gives 1 - Very high"}.
     *
     * @return the explanation
     */
    public String explanation() {
        String cell = "matrix cell impact " + impact() + " x urgency " + urgency();
        return override()
                .map(o -> "priority " + o.priority() + " by override of " + o.actor() + " at " + o.at() + " (reason: "
                        + o.reason() + "); " + cell + " gives " + matrixPriority())
                .orElse("priority " + matrixPriority() + " from " + cell);
    }

    /** Rejects an override whose priority is on another scale than the matrix priority. */
    @Value.Check
    protected void check() {
        override().ifPresent(o -> matrixPriority().scale().requireMember(o.priority(), "override.priority"));
    }
}
