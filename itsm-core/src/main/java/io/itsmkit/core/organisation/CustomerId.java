package io.itsmkit.core.organisation;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a customer: the organisation (company, department, business unit) a caller belongs to, and the party
 * service level agreements are made with.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class CustomerId extends Identifier {
    CustomerId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static CustomerId of(String value) {
        return ImmutableCustomerId.of(value);
    }
}
