package io.itsmkit.core.cmdb;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A configuration item (CI) or a service: a node of a {@link ServiceGraph}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class ConfigurationItem {
    ConfigurationItem() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract ConfigurationItemId id();

    /**
     * Returns the display name.
     *
     * @return a non-blank name
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns whether this is a service or a component.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract ItemKind kind();

    /**
     * Returns the business criticality.
     *
     * @return the criticality
     */
    @Value.Parameter
    public abstract Criticality criticality();

    /**
     * Creates a configuration item.
     *
     * @param id the identifier
     * @param name a non-blank display name
     * @param kind service or component
     * @param criticality the business criticality
     * @return the item
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or the name blank
     */
    public static ConfigurationItem of(ConfigurationItemId id, String name, ItemKind kind, Criticality criticality) {
        return ImmutableConfigurationItem.of(id, name, kind, criticality);
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        Checks.notBlank(name(), "configurationItem.name");
    }
}
