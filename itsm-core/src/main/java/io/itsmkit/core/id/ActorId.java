package io.itsmkit.core.id;

import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Who did something: an agent, a customer, an integration or the library's own automation
 * ({@link #SYSTEM}). Recorded on every ticket event and audit entry.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class ActorId extends Identifier {
    /** The actor of automatic steps such as auto-close. */
    public static final ActorId SYSTEM = of("system");

    ActorId() {}

    /**
     * Returns the actor with the given identifier text.
     *
     * @param value the identifier text
     * @return the actor id
     * @throws io.itsmkit.core.error.ValidationException if the text is blank, padded, too long or null
     */
    public static ActorId of(String value) {
        return ImmutableActorId.of(value);
    }
}
