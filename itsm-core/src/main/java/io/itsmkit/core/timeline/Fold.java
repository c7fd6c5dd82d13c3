package io.itsmkit.core.timeline;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How an aggregate is the left fold of its events, written once for every aggregate of itsmkit (tickets,
 * problems, changes, ledgers): the aggregate gives the two steps of its fold ({@link #start} from its first
 * event, {@link #apply} of one more) and gets {@link #replay} and {@link #record} from them.
 *
 * <p>{@link #record} is how every command of an aggregate records its event: the command's decision is taken
 * on the aggregate as it stood when the event occurred, so a retroactive fact (occurred before the last
 * event) is decided on the past state, takes its place by occurrence, and the history after it must still
 * hold (it is replayed); an event that occurs last is applied in O(1).
 *
 * <p>Implementation Requirements: subclasses are stateless and thread-safe; the aggregates are immutable.
 *
 * @param <A> the aggregate
 * @param <E> its event family
 */
public abstract class Fold<A, E> {
    private final Class<A> type;
    private final Class<E> family;

    /**
     * For subclasses: one per aggregate type, usually a private constant of the aggregate.
     *
     * @param type the aggregate's class (checked by {@link #record}, so a raw call with another object is
     *     refused rather than failing with a {@code ClassCastException})
     * @param family the aggregate's event family (checked on replay and record, for the same reason)
     * @throws ValidationException if an argument is null
     */
    protected Fold(Class<A> type, Class<E> family) {
        this.type = Checks.notNull(type, "type");
        this.family = Checks.notNull(family, "family");
    }

    /**
     * Builds the aggregate from the timeline of its first event alone.
     *
     * @param first a timeline of one event
     * @return the aggregate
     * @throws ValidationException if the first event cannot start the aggregate
     */
    protected abstract A start(Timeline<E> first);

    /**
     * Applies the last event of {@code next}, a timeline one event longer than the aggregate's: the only place
     * where the aggregate's state changes.
     *
     * @param aggregate the aggregate before the event
     * @param next its timeline with the event at the end
     * @return the aggregate after the event, holding {@code next}
     * @throws StateChangeRefusedException if the aggregate's state refuses the event
     * @throws ValidationException if the event contradicts the aggregate
     */
    protected abstract A apply(A aggregate, Timeline<E> next);

    /**
     * Returns an aggregate's timeline.
     *
     * @param aggregate the aggregate
     * @return its timeline
     */
    protected abstract Timeline<E> timeline(A aggregate);

    /**
     * Rebuilds an aggregate from its timeline: the fold of every event, in order of occurrence.
     *
     * @param timeline an aggregate's timeline, as stored
     * @return the aggregate, holding exactly this timeline
     * @throws ValidationException if the timeline is null or empty, holds an event of another family (rule
     *     {@code "event-family"}), or an event contradicts the state before it: the violation names the event
     *     ({@code timeline[i]}) and the rule that refused it
     */
    public final A replay(Timeline<E> timeline) {
        Checks.notNull(timeline, "timeline");
        return timeline.replay(this::startChecked, this::applyChecked);
    }

    private A startChecked(Timeline<E> first) {
        checkFamily(first);
        try {
            return start(first);
        } catch (ItsmException e) {
            throw named(first, e);
        }
    }

    private A applyChecked(A aggregate, Timeline<E> next) {
        checkFamily(next);
        try {
            return apply(aggregate, next);
        } catch (ItsmException e) {
            throw named(next, e);
        }
    }

    private void checkFamily(Timeline<E> t) {
        checkType(t.last().event(), family, "timeline[" + (t.size() - 1) + "]", "event-family");
    }

    private static void checkType(Object value, Class<?> expected, String path, String rule) {
        if (!expected.isInstance(value)) {
            throw new ValidationException(
                    path, rule, value.getClass().getName(), "must be a " + expected.getSimpleName());
        }
    }

    private static ValidationException named(Timeline<?> t, ItsmException e) {
        String rule = e instanceof StateChangeRefusedException r
                ? r.rule()
                : e instanceof ValidationException v
                        ? v.violations().get(0).rule()
                        : e.kind().name();
        return new ValidationException(
                "timeline[" + (t.size() - 1) + "]", rule, t.last().event(), String.valueOf(e.getMessage()));
    }

    /**
     * Records one command's event: decides it on the aggregate as it stood when the event occurred, and
     * applies it.
     *
     * <ul>
     *   <li>An event that occurred no earlier than the aggregate's last one is decided on the aggregate and
     *       applied to it: O(1).
     *   <li>A retroactive one is decided and applied on the aggregate replayed up to its instant (so its own
     *       refusals, such as an illegal transition at that moment, reach the caller unchanged), takes its
     *       place in the timeline by occurrence, and the events after it are applied again: O(n). If one of
     *       them no longer holds, the command is refused (rule {@code "fits-history"}).
     *   <li>A decision of {@code null} means the command changes nothing: the aggregate is returned as it is
     *       and no event is recorded. The stamp is checked all the same.
     * </ul>
     *
     * @param aggregate the aggregate the command is called on
     * @param stamp who, when it occurred, when it was recorded
     * @param decide the command's decision on the aggregate as it stood at the stamp's occurrence: its event,
     *     or {@code null} for nothing to record; it may throw the command's refusals
     * @return the aggregate after the event (or the same aggregate)
     * @throws ValidationException if an argument is null, the aggregate is not of this fold's type (rule
     *     {@code "aggregate-type"}) or the decided event not of its family (rule {@code "event-family"}), the
     *     event occurred before the aggregate's first one, or it was recorded before the event recorded last
     *     (rule {@code "chronological"})
     * @throws StateChangeRefusedException if the decision or the aggregate's state refuses the event, or a
     *     retroactive event contradicts what happened after it (rule {@code "fits-history"})
     */
    public final A record(A aggregate, Stamp stamp, Function<? super A, ? extends @Nullable E> decide) {
        Checks.notNull(aggregate, "aggregate");
        Checks.notNull(stamp, "stamp");
        Checks.notNull(decide, "decide");
        checkType(aggregate, type, "aggregate", "aggregate-type");
        Timeline<E> t = timeline(aggregate);
        t.requireAppendable(stamp);
        boolean retroactive =
                !t.isEmpty() && stamp.occurredAt().isBefore(t.last().occurredAt());
        if (!retroactive) {
            E event = decide.apply(aggregate);
            if (event == null) {
                return aggregate;
            }
            checkType(event, family, "event", "event-family");
            return apply(aggregate, t.append(stamp, event));
        }
        Timeline<E> past = t.upTo(stamp.occurredAt());
        if (past.isEmpty()) {
            throw new ValidationException(
                    "stamp.occurredAt",
                    "chronological",
                    stamp.occurredAt(),
                    "must not be before the first event, which occurred at "
                            + t.first().occurredAt());
        }
        A state = replay(past);
        E event = decide.apply(state);
        if (event == null) {
            return aggregate;
        }
        checkType(event, family, "event", "event-family");
        Timeline<E> next = t.append(stamp, event);
        int position = past.size();
        // the event itself on the state it occurred in: its own refusal goes to the caller unchanged
        state = apply(state, next.prefix(position + 1));
        for (int n = position + 2; n <= next.size(); n++) {
            try {
                state = apply(state, next.prefix(n));
            } catch (ItsmException contradiction) {
                throw new StateChangeRefusedException(
                        t.stream().kind() + " " + t.stream(),
                        "fits-history",
                        "a retroactive " + event.getClass().getSimpleName() + " that occurred at "
                                + stamp.occurredAt() + " contradicts what happened after it: "
                                + contradiction.getMessage());
            }
        }
        return state;
    }
}
