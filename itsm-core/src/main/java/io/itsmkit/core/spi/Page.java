package io.itsmkit.core.spi;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.id.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * One page of a repository's contents, in key order, and the request for the next page if there may be one.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the values are.
 *
 * @param items the stored values with their versions, in increasing key order, at most the requested limit
 * @param next the request for the next page: present when the page is full
 * @param <K> the key type
 * @param <V> the value type
 */
public record Page<K extends Identifier, V extends Identified<K>>(
        List<Versioned<V>> items, Optional<PageRequest<K>> next) {

    /**
     * Validates the components and copies the list.
     *
     * @throws ValidationException if a component or item is null
     * @param items see {@link #items()}
     * @param next see {@link #next()}
     */
    public Page {
        items = Checks.noNulls(items, "items");
        Checks.notNull(next, "next");
    }

    /**
     * Builds the page answering a request from the values that follow its key, in key order.
     *
     * @param request the request answered
     * @param items at most {@code request.limit()} values, in increasing key order
     * @param <K> the key type
     * @param <V> the value type
     * @return the page; it has a next request exactly when it is full
     * @throws ValidationException if an argument is null or there are more items than the limit
     */
    public static <K extends Identifier, V extends Identified<K>> Page<K, V> of(
            PageRequest<K> request, List<Versioned<V>> items) {
        Checks.notNull(request, "request");
        List<Versioned<V>> checked = Checks.noNulls(items, "items");
        Checks.inRange(checked.size(), 0, request.limit(), "items.size");
        Optional<PageRequest<K>> next = checked.size() == request.limit()
                ? Optional.of(
                        request.after(checked.get(checked.size() - 1).value().id()))
                : Optional.empty();
        return new Page<>(checked, next);
    }
}
