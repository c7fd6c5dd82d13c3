package io.itsmkit.core.cmdb;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What is impacted if one item fails: every item that depends on it or is contained in it, directly or
 * transitively, nearest first.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param failed the item assumed to fail
 * @param impacted the impacted items, by distance then identifier, the failed item excluded
 */
public record BlastRadius(ConfigurationItem failed, List<ImpactedItem> impacted) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param failed see {@link #failed()}
     * @param impacted see {@link #impacted()}
     */
    public BlastRadius {
        Checks.notNull(failed, "failed");
        impacted = Checks.noNulls(impacted, "impacted");
    }

    /**
     * Returns the impacted services (business and technical), nearest first.
     *
     * @return the services, possibly empty
     */
    public List<ConfigurationItem> services() {
        return impacted.stream()
                .map(ImpactedItem::item)
                .filter(ci -> ci.kind().isService())
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the highest criticality among the failed item and everything impacted.
     *
     * @return the highest criticality
     */
    public Criticality highestCriticality() {
        return Stream.concat(Stream.of(failed), impacted.stream().map(ImpactedItem::item))
                .map(ConfigurationItem::criticality)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * Finds how an item is impacted, if it is.
     *
     * @param id an item identifier
     * @return the impacted entry, or empty if the failure does not reach it
     */
    public Optional<ImpactedItem> find(ConfigurationItemId id) {
        return impacted.stream().filter(i -> i.item().id().equals(id)).findFirst();
    }
}
