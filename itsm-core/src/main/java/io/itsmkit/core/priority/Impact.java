package io.itsmkit.core.priority;

/**
 * How widely a disruption affects the business (people, services, departments): one axis of a {@link PriorityMatrix}.
 *
 * <p>Obtain levels from their {@link Scale}, e.g. {@code scale.level(1)} or {@code scale.labelled("High")}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Impact extends Level<Impact> {
    Impact(Scale<Impact> scale, int severityIndex) {
        super(scale, severityIndex);
    }
}
