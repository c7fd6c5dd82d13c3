package io.itsmkit.core.timeline;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * One event of a {@link Timeline}: its identity, its {@link Stamp} and the domain event.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the event is.
 *
 * @param id the event's identity
 * @param stamp who, when it occurred, when it was recorded
 * @param event the domain event, a member of the aggregate's sealed event family
 * @param <E> the event family
 */
public record Recorded<E>(EventId id, Stamp stamp, E event) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param id see {@link #id()}
     * @param stamp see {@link #stamp()}
     * @param event see {@link #event()}
     */
    public Recorded {
        Checks.notNull(id, "recorded.id");
        Checks.notNull(stamp, "recorded.stamp");
        Checks.notNull(event, "recorded.event");
    }

    /**
     * Returns who did it.
     *
     * @return the actor
     */
    public ActorId actor() {
        return stamp.actor();
    }

    /**
     * Returns when it happened: the instant clocks and folds use.
     *
     * @return the occurrence instant
     */
    public Instant occurredAt() {
        return stamp.occurredAt();
    }

    /**
     * Returns when it was recorded.
     *
     * @return the recording instant, not before {@link #occurredAt()}
     */
    public Instant recordedAt() {
        return stamp.recordedAt();
    }
}
