/**
 * Priority: {@link io.itsmkit.core.priority.Impact}, {@link io.itsmkit.core.priority.Urgency} and
 * {@link io.itsmkit.core.priority.Priority} as ordered levels of a {@link io.itsmkit.core.priority.Scale}
 * with an explicit direction, the validated {@link io.itsmkit.core.priority.PriorityMatrix} with presets
 * in {@link io.itsmkit.core.priority.PriorityMatrices}, and the explainable
 * {@link io.itsmkit.core.priority.PriorityDecision}.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.core.priority;

import org.jspecify.annotations.NullMarked;
