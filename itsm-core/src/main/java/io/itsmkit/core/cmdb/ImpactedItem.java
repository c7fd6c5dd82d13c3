package io.itsmkit.core.cmdb;

import io.itsmkit.core.error.Checks;

/**
 * One item hit by a failure, with its distance from the failed item (1 = directly dependent or
 * contained) and the item through which the failure reached it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param item the impacted item
 * @param distance the number of relationships between the failed item and this one, at least 1
 * @param via the neighbour the failure came through
 */
public record ImpactedItem(ConfigurationItem item, int distance, ConfigurationItemId via) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the distance below 1
     * @param item see {@link #item()}
     * @param distance see {@link #distance()}
     * @param via see {@link #via()}
     */
    public ImpactedItem {
        Checks.notNull(item, "item");
        Checks.notNull(via, "via");
        Checks.collector()
                .require(distance >= 1, "distance", "positive", distance, "must be at least 1")
                .throwIfAny();
    }
}
