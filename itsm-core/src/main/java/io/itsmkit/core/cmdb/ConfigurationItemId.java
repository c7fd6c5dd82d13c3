package io.itsmkit.core.cmdb;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a configuration item (CI) or a service in a {@link ServiceGraph}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class ConfigurationItemId extends Identifier {
    ConfigurationItemId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static ConfigurationItemId of(String value) {
        return ImmutableConfigurationItemId.of(value);
    }
}
