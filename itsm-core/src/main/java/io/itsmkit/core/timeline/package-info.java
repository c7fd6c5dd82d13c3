/**
 * Event timelines: the ordered, append-only record of what happened to an aggregate, and the fold
 * pattern every aggregate of itsmkit (tickets, problems, changes, ledgers) follows.
 *
 * <p>A {@link io.itsmkit.core.timeline.Timeline} holds {@link io.itsmkit.core.timeline.Recorded} events:
 * each has an {@link io.itsmkit.core.timeline.EventId} (its stream and position), a
 * {@link io.itsmkit.core.timeline.Stamp} (who, when it occurred, when it was recorded) and the domain event
 * itself, a member of the aggregate's own sealed event family. An aggregate is the left fold of its
 * timeline: its command methods validate, create the event and apply it, and its {@code replay(timeline)}
 * rebuilds it exactly, so a host may store events, snapshots or both.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.core.timeline;

import org.jspecify.annotations.NullMarked;
