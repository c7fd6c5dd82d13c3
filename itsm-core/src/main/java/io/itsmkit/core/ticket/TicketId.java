package io.itsmkit.core.ticket;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies an incident or a service request.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class TicketId extends Identifier {
    TicketId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static TicketId of(String value) {
        return ImmutableTicketId.of(value);
    }
}
