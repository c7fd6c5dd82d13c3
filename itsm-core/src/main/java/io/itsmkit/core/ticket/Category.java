package io.itsmkit.core.ticket;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A ticket category, e.g. {@code "network"} or {@code "email"}: with the affected item, what recurrence detection groups by.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Category extends Identifier {
    Category() {}

    /**
     * Returns the category with the given text.
     *
     * @param value the identifier text
     * @return the category
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static Category of(String value) {
        return ImmutableCategory.of(value);
    }
}
