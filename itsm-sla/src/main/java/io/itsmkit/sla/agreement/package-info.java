/**
 * Agreements as data: service level agreements with customers (SLA), operational level agreements with
 * internal teams (OLA), underpinning contracts with suppliers (UC) and experience level agreements (XLA);
 * which tickets each applies to, and the metrics whose clocks it runs: when they start, pause, resume, stop,
 * are cancelled or reset, their targets per priority, calendars, warning thresholds and the policies for
 * priority changes and reopens. {@link io.itsmkit.sla.agreement.Metrics} holds the presets.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.agreement;

import org.jspecify.annotations.NullMarked;
