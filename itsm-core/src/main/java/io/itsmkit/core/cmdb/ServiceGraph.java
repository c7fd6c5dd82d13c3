package io.itsmkit.core.cmdb;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;

/**
 * Services and configuration items with their relationships: <em>depends on</em> (upstream /
 * downstream) and <em>contains</em> (parent / child).
 *
 * <p>Semantics: if {@code a} depends on {@code b}, {@code b} is upstream of {@code a}, and a failure of
 * {@code b} impacts {@code a}. If {@code p} contains {@code c} (a host and its virtual machines), a
 * failure of {@code p} impacts {@code c}. An item has at most one parent. Dependency cycles are allowed
 * (they occur in real CMDBs) and every traversal is cycle-safe: it visits each item once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ServiceGraph {
    private final ImmutableMap<ConfigurationItemId, ConfigurationItem> items;
    private final ImmutableSetMultimap<ConfigurationItemId, ConfigurationItemId> upstream;
    private final ImmutableSetMultimap<ConfigurationItemId, ConfigurationItemId> downstream;
    private final ImmutableMap<ConfigurationItemId, ConfigurationItemId> parents;
    private final ImmutableSetMultimap<ConfigurationItemId, ConfigurationItemId> children;

    private ServiceGraph(Builder b) {
        this.items = ImmutableMap.copyOf(b.items);
        this.upstream = b.upstream.build();
        this.downstream = b.upstream.build().inverse();
        this.parents = ImmutableMap.copyOf(b.parents);
        this.children = ImmutableSetMultimap.copyOf(b.parents.entrySet()).inverse();
    }

    /**
     * Starts an empty graph.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every item, in insertion order.
     *
     * @return the items
     */
    public List<ConfigurationItem> items() {
        return items.values().asList();
    }

    /**
     * Returns an item.
     *
     * @param id an identifier
     * @return the item
     * @throws ValidationException with rule {@code "known-item"} if the graph has no such item
     */
    public ConfigurationItem item(ConfigurationItemId id) {
        ConfigurationItem ci = items.get(Checks.notNull(id, "id"));
        if (ci == null) {
            throw new ValidationException("id", "known-item", id, "is not an item of this service graph");
        }
        return ci;
    }

    /**
     * Returns what an item directly depends on (its upstream items).
     *
     * @param id an item of this graph
     * @return the upstream items
     */
    public List<ConfigurationItem> upstreamOf(ConfigurationItemId id) {
        return resolve(upstream.get(item(id).id()));
    }

    /**
     * Returns what directly depends on an item (its downstream items).
     *
     * @param id an item of this graph
     * @return the downstream items
     */
    public List<ConfigurationItem> downstreamOf(ConfigurationItemId id) {
        return resolve(downstream.get(item(id).id()));
    }

    /**
     * Returns the item that contains this one, if any.
     *
     * @param id an item of this graph
     * @return the parent, or empty
     */
    public Optional<ConfigurationItem> parentOf(ConfigurationItemId id) {
        return Optional.ofNullable(parents.get(item(id).id())).map(items::get);
    }

    /**
     * Returns the items this one directly contains.
     *
     * @param id an item of this graph
     * @return the children
     */
    public List<ConfigurationItem> childrenOf(ConfigurationItemId id) {
        return resolve(children.get(item(id).id()));
    }

    /**
     * Computes what is impacted if an item fails: its downstream items and its children, transitively,
     * each at its shortest distance. Breadth-first, visiting each item once, so cycles end.
     *
     * @param failed an item of this graph
     * @return the blast radius
     * @throws ValidationException if the item is not in the graph
     */
    public BlastRadius blastRadius(ConfigurationItemId failed) {
        ConfigurationItem start = item(Checks.notNull(failed, "failed"));
        Map<ConfigurationItemId, ImpactedItem> seen = new LinkedHashMap<>();
        Queue<ConfigurationItemId> queue = new ArrayDeque<>();
        queue.add(start.id());
        Map<ConfigurationItemId, Integer> distance = new HashMap<>();
        distance.put(start.id(), 0);
        while (!queue.isEmpty()) {
            ConfigurationItemId current = queue.remove();
            int d = Objects.requireNonNull(distance.get(current)) + 1;
            List<ConfigurationItemId> next = new ArrayList<>(downstream.get(current));
            next.addAll(children.get(current));
            next.sort(Comparator.naturalOrder());
            for (ConfigurationItemId n : next) {
                if (!distance.containsKey(n)) {
                    distance.put(n, d);
                    seen.put(n, new ImpactedItem(Objects.requireNonNull(items.get(n)), d, current));
                    queue.add(n);
                }
            }
        }
        return new BlastRadius(start, ImmutableList.copyOf(seen.values()));
    }

    private ImmutableList<ConfigurationItem> resolve(Iterable<ConfigurationItemId> ids) {
        ImmutableList.Builder<ConfigurationItem> out = ImmutableList.builder();
        ids.forEach(i -> out.add(Objects.requireNonNull(items.get(i))));
        return out.build();
    }

    /** Collects items and relationships, then validates them together. Not thread-safe. */
    public static final class Builder {
        private final Map<ConfigurationItemId, ConfigurationItem> items = new LinkedHashMap<>();
        private final ImmutableSetMultimap.Builder<ConfigurationItemId, ConfigurationItemId> upstream =
                ImmutableSetMultimap.builder();
        private final Map<ConfigurationItemId, ConfigurationItemId> parents = new LinkedHashMap<>();
        private final List<ConfigurationItemId[]> pending = new ArrayList<>();
        private final Checks.Collector problems = Checks.collector();

        private Builder() {}

        /**
         * Adds an item.
         *
         * @param item the item
         * @return this builder
         * @throws ValidationException if the item is null or its id is already present
         */
        public Builder add(ConfigurationItem item) {
            Checks.notNull(item, "item");
            if (items.putIfAbsent(item.id(), item) != null) {
                throw new ValidationException(
                        "item", "unique-id", item.id(), "an item with this id is already present");
            }
            return this;
        }

        /**
         * Records that {@code dependent} depends on {@code dependency}.
         *
         * @param dependent the downstream item
         * @param dependency the upstream item
         * @return this builder
         */
        public Builder dependsOn(ConfigurationItemId dependent, ConfigurationItemId dependency) {
            pending.add(new ConfigurationItemId[] {
                Checks.notNull(dependent, "dependent"), Checks.notNull(dependency, "dependency")
            });
            upstream.put(dependent, dependency);
            problems.require(
                    !dependent.equals(dependency),
                    "dependsOn[" + dependent + "]",
                    "no-self-relationship",
                    dependent,
                    "an item cannot depend on itself");
            return this;
        }

        /**
         * Records that {@code parent} contains {@code child}.
         *
         * @param parent the containing item
         * @param child the contained item
         * @return this builder
         */
        public Builder contains(ConfigurationItemId parent, ConfigurationItemId child) {
            pending.add(new ConfigurationItemId[] {Checks.notNull(parent, "parent"), Checks.notNull(child, "child")});
            problems.require(
                    !parent.equals(child),
                    "contains[" + parent + "]",
                    "no-self-relationship",
                    parent,
                    "an item cannot contain itself");
            ConfigurationItemId before = parents.putIfAbsent(child, parent);
            problems.require(
                    before == null || before.equals(parent),
                    "contains[" + child + "]",
                    "single-parent",
                    child,
                    "already has parent " + before);
            return this;
        }

        /**
         * Validates and builds the graph.
         *
         * @return the graph
         * @throws ValidationException listing relationships to unknown items, self-relationships and
         *     items with two parents
         */
        public ServiceGraph build() {
            for (ConfigurationItemId[] pair : pending) {
                for (ConfigurationItemId id : pair) {
                    problems.require(
                            items.containsKey(id),
                            "relationship[" + pair[0] + " -> " + pair[1] + "]",
                            "known-item",
                            id,
                            "refers to an item that was not added");
                }
            }
            problems.throwIfAny();
            return new ServiceGraph(this);
        }
    }
}
