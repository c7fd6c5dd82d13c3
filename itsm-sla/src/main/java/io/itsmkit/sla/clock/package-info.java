/**
 * SLA clocks: a pure fold of a ticket's {@code Timeline} into the state of every metric of an agreement,
 * as of any instant ({@link io.itsmkit.sla.clock.ClockEvaluator#evaluate}): stage, elapsed working and wall
 * time, time left, the exact percent used, due and original due instants, the breach instant, warnings,
 * cycles and the explanation of which conditions started, paused and stopped the clock. No scheduled
 * refresh is needed: evaluate again at any instant.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.clock;

import org.jspecify.annotations.NullMarked;
