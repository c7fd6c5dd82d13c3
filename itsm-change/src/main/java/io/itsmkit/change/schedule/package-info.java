/**
 * When changes may and may not run: half-open {@link io.itsmkit.change.schedule.Window}s, their normalised
 * unions ({@link io.itsmkit.change.schedule.Windows}, where touching windows merge), weekly, monthly and
 * yearly {@link io.itsmkit.change.schedule.RecurringWindow}s in a time zone, and the maintenance and blackout
 * {@link io.itsmkit.change.schedule.Schedule}s the change calendar checks, with hard and soft
 * {@link io.itsmkit.change.schedule.Freeze}s.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.schedule;

import org.jspecify.annotations.NullMarked;
