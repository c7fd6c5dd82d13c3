package io.itsmkit.core.timeline;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * Who did something, when it happened and when it was recorded: what every command of an aggregate
 * takes, and what every {@link Recorded} event carries.
 *
 * <p>Usually both instants are the same ({@link #of(ActorId, Instant)}). A retroactive fact (a phone call
 * taken at 09:00 and logged at 09:20) occurred before it was recorded ({@link #of(ActorId, Instant,
 * Instant)}); SLA clocks count from {@link #occurredAt()}. Nothing is recorded before it occurs.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param actor who did it
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded, not before {@code occurredAt}
 */
public record Stamp(ActorId actor, Instant occurredAt, Instant recordedAt) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null (rule {@code "required"}) or {@code recordedAt} is
     *     before {@code occurredAt} (rule {@code "recorded-after-occurred"})
     * @param actor see {@link #actor()}
     * @param occurredAt see {@link #occurredAt()}
     * @param recordedAt see {@link #recordedAt()}
     */
    public Stamp {
        Checks.notNull(actor, "stamp.actor");
        Checks.notNull(occurredAt, "stamp.occurredAt");
        Checks.notNull(recordedAt, "stamp.recordedAt");
        if (recordedAt.isBefore(occurredAt)) {
            throw new ValidationException(
                    "stamp.recordedAt",
                    "recorded-after-occurred",
                    recordedAt,
                    "must not be before the instant it occurred, " + occurredAt);
        }
    }

    /**
     * Returns a stamp for something recorded as it happened.
     *
     * @param actor who did it
     * @param at when it happened and was recorded
     * @return the stamp
     * @throws ValidationException if an argument is null
     */
    public static Stamp of(ActorId actor, Instant at) {
        return new Stamp(actor, at, at);
    }

    /**
     * Returns a stamp for a fact recorded after it happened (a retroactive fact).
     *
     * @param actor who did it
     * @param occurredAt when it happened
     * @param recordedAt when it was recorded, not before {@code occurredAt}
     * @return the stamp
     * @throws ValidationException if an argument is null or {@code recordedAt} is before {@code occurredAt}
     */
    public static Stamp of(ActorId actor, Instant occurredAt, Instant recordedAt) {
        return new Stamp(actor, occurredAt, recordedAt);
    }

    /**
     * Tells whether this fact was recorded after it happened.
     *
     * @return {@code true} if {@code recordedAt} is after {@code occurredAt}
     */
    public boolean isRetroactive() {
        return recordedAt.isAfter(occurredAt);
    }
}
