package io.itsmkit.core.priority;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.style.ItsmStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A priority set by a person instead of the matrix, with the reason, the actor and the moment, so the
 * override is audited (GLPI's "Major", or a judgement call on a VIP's ticket).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class PriorityOverride {
    PriorityOverride() {}

    /**
     * Returns the priority set by hand.
     *
     * @return the priority
     */
    @Value.Parameter
    public abstract Priority priority();

    /**
     * Returns why the matrix was overridden.
     *
     * @return a non-blank reason
     */
    @Value.Parameter
    public abstract String reason();

    /**
     * Returns who overrode the matrix.
     *
     * @return the actor
     */
    @Value.Parameter
    public abstract ActorId actor();

    /**
     * Returns when the override was made.
     *
     * @return the moment
     */
    @Value.Parameter
    public abstract Instant at();

    /**
     * Creates an override.
     *
     * @param priority the priority to set
     * @param reason why, not blank
     * @param actor who
     * @param at when
     * @return the override
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the reason is blank
     */
    public static PriorityOverride of(Priority priority, String reason, ActorId actor, Instant at) {
        return ImmutablePriorityOverride.of(priority, reason, actor, at);
    }

    /** Rejects a blank reason. */
    @Value.Check
    protected void check() {
        Checks.notBlank(reason(), "override.reason");
    }
}
