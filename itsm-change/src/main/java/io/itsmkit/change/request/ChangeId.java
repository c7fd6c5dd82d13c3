package io.itsmkit.change.request;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a change request, e.g. {@code CHG0030258}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class ChangeId extends Identifier {
    ChangeId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static ChangeId of(String value) {
        return ImmutableChangeId.of(value);
    }
}
