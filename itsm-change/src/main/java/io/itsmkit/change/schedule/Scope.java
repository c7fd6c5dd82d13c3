package io.itsmkit.change.schedule;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Collection;
import java.util.Set;

/**
 * Which configuration items a {@link Schedule} applies to: all of them, or a named set.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param allItems whether the schedule applies to every item
 * @param items the items it applies to when not to all; empty when {@code allItems}
 */
public record Scope(boolean allItems, Set<ConfigurationItemId> items) {
    private static final Scope ALL = new Scope(true, Set.of());

    /**
     * Validates the components.
     *
     * @throws ValidationException if the set is null or holds null, is empty for a named scope, or is not
     *     empty for the all-items scope
     * @param allItems see {@link #allItems()}
     * @param items see {@link #items()}
     */
    public Scope {
        Checks.notNull(items, "scope.items");
        for (ConfigurationItemId id : items) {
            Checks.notNull(id, "scope.items[]");
        }
        if (allItems == !items.isEmpty()) {
            throw new ValidationException(
                    "scope.items",
                    allItems ? "empty-for-all" : "not-empty",
                    items,
                    allItems ? "must be empty when the scope is all items" : "must name at least one item");
        }
        items = Set.copyOf(items);
    }

    /**
     * The scope of every configuration item.
     *
     * @return the all-items scope
     */
    public static Scope all() {
        return ALL;
    }

    /**
     * The scope of some configuration items.
     *
     * @param items at least one item
     * @return the scope
     * @throws ValidationException if the collection is null, empty or holds null
     */
    public static Scope of(Collection<ConfigurationItemId> items) {
        Checks.notNull(items, "scope.items");
        for (ConfigurationItemId id : items) {
            Checks.notNull(id, "scope.items[]");
        }
        return new Scope(false, Set.copyOf(items));
    }

    /**
     * Tells whether the scope holds an item.
     *
     * @param item an item
     * @return {@code true} for every item of the all-items scope, or if the set names it
     */
    public boolean includes(ConfigurationItemId item) {
        Checks.notNull(item, "item");
        return allItems || items.contains(item);
    }
}
