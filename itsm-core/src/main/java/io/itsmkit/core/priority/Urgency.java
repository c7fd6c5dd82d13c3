package io.itsmkit.core.priority;

/**
 * How quickly the business needs a resolution: one axis of a {@link PriorityMatrix}.
 *
 * <p>Obtain levels from their {@link Scale}, e.g. {@code scale.level(1)} or {@code scale.labelled("High")}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Urgency extends Level<Urgency> {
    Urgency(Scale<Urgency> scale, int severityIndex) {
        super(scale, severityIndex);
    }
}
