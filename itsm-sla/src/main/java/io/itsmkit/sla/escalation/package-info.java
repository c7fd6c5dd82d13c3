/**
 * Escalation: rules that map thresholds of SLA clocks, computed in working time, to actions addressed to the
 * role levels of IT service management or to named groups. Evaluation is pure and idempotent: given the
 * actions already fired, it returns only new ones, and when to look again.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.escalation;

import org.jspecify.annotations.NullMarked;
