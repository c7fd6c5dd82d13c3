/**
 * The change calendar (ITIL 4's change schedule): which scheduled changes conflict, and when a change can
 * run without conflicting with anything.
 *
 * <p>{@link io.itsmkit.change.calendar.ChangeCalendar} detects every conflict kind ServiceNow detects
 * ({@link io.itsmkit.change.calendar.ConflictKind}) over half-open windows, with a sweep line in
 * {@code O(n log n + k)} for {@code n} changes and {@code k} conflicts, and searches the next available slot.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.calendar;

import org.jspecify.annotations.NullMarked;
