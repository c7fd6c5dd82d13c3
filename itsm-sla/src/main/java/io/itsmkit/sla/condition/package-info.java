/**
 * Conditions over a ticket, as data: what starts, pauses, resumes, stops, cancels and resets an SLA clock,
 * and which tickets an agreement applies to. Each condition describes itself, so an explanation can list
 * the conditions that fired.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.condition;

import org.jspecify.annotations.NullMarked;
