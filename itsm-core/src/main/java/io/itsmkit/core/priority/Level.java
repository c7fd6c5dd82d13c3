package io.itsmkit.core.priority;

/**
 * One level of a {@link Scale}: an {@link Impact}, an {@link Urgency} or a {@link Priority}.
 *
 * <p>A level knows its scale, its vendor-style {@link #number()} (which depends on the scale's
 * {@link SeverityDirection}) and its {@link #label()}. Severity comparisons use
 * {@link #isMoreSevereThan}, never raw numbers, so code works whatever the direction. Levels of one kind
 * are {@link Comparable}, most severe first; levels of different kinds cannot be compared:
 * {@code impact.isMoreSevereThan(urgency)} does not compile. Levels are equal when they are of the same kind, on equal scales, at the same position.
 *
 * <p>Implementation Requirements: immutable and thread-safe. Only this package creates levels.
 *
 * @param <L> the kind of level: {@link Impact}, {@link Urgency} or {@link Priority}
 */
public abstract class Level<L extends Level<L>> implements Comparable<L> {
    private final Scale<L> scale;
    private final int severityIndex;

    Level(Scale<L> scale, int severityIndex) {
        this.scale = scale;
        this.severityIndex = severityIndex;
    }

    /**
     * Returns the scale this level belongs to.
     *
     * @return the scale
     */
    public Scale<L> scale() {
        return scale;
    }

    /**
     * Returns the position from the most severe end: 0 for the most severe level.
     *
     * @return the severity index, from 0 to {@code scale().size() - 1}
     */
    public int severityIndex() {
        return severityIndex;
    }

    /**
     * Returns the level's number as the vendor shows it: 1 is the most severe on a
     * {@link SeverityDirection#ONE_IS_MOST_SEVERE} scale, the least severe otherwise.
     *
     * @return the number, from 1 to {@code scale().size()}
     */
    public int number() {
        return scale.numberOf(severityIndex);
    }

    /**
     * Returns the level's label, e.g. {@code "High"}.
     *
     * @return the label
     */
    public String label() {
        return scale.labelOf(severityIndex);
    }

    /**
     * Tells whether this level is strictly more severe than another level of the same scale.
     *
     * @param other a level of the same scale
     * @return {@code true} if this level is more severe
     * @throws io.itsmkit.core.error.ValidationException if {@code other} is null or on another scale
     */
    public boolean isMoreSevereThan(L other) {
        return severityIndex < scale.requireMember(other, "other").severityIndex();
    }

    /**
     * Tells whether this level is at least as severe as another level of the same scale.
     *
     * @param other a level of the same scale
     * @return {@code true} if this level is as severe or more
     * @throws io.itsmkit.core.error.ValidationException if {@code other} is null or on another scale
     */
    public boolean isAtLeastAsSevereAs(L other) {
        return severityIndex <= scale.requireMember(other, "other").severityIndex();
    }

    /**
     * Orders levels of one scale from the most severe to the least severe, so the most severe sorts first.
     *
     * @param other a level of the same scale
     * @return a negative number if this level is more severe, zero if equal, positive if less severe
     * @throws io.itsmkit.core.error.ValidationException if {@code other} is null or on another scale
     */
    @Override
    public int compareTo(L other) {
        return Integer.compare(
                severityIndex, scale.requireMember(other, "other").severityIndex());
    }

    /**
     * Levels are equal when they are of the same kind, on equal scales, at the same position.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Level<?> other
                && other.getClass() == getClass()
                && other.severityIndex == severityIndex
                && other.scale.equals(scale);
    }

    @Override
    public int hashCode() {
        return scale.hashCode() * 31 + severityIndex;
    }

    /**
     * Renders the level as {@code "number - label"}, e.g. {@code "1 - High"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return number() + " - " + label();
    }
}
