package io.itsmkit.core.priority;

/**
 * The relative importance of a ticket, derived from {@link Impact} and {@link Urgency} by a {@link PriorityMatrix} or set by an audited {@link PriorityOverride}.
 *
 * <p>Obtain levels from their {@link Scale}, e.g. {@code scale.level(1)} or {@code scale.labelled("High")}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Priority extends Level<Priority> {
    Priority(Scale<Priority> scale, int severityIndex) {
        super(scale, severityIndex);
    }
}
