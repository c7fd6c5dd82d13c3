package io.itsmkit.core.spi;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import java.util.Optional;

/**
 * Which page of a repository's key-ordered contents to read: at most {@link #limit()} values whose keys come
 * after {@link #after()} (keyset paging, so pages stay consistent while others write).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param after the last key of the previous page, or empty for the first page
 * @param limit the most values to return, from 1 to {@link #MAX_LIMIT}
 * @param <K> the key type
 */
public record PageRequest<K extends Identifier>(Optional<K> after, int limit) {
    /** The largest page a repository must serve. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Validates the components.
     *
     * @throws ValidationException if {@code after} is null or {@code limit} is out of range
     * @param after see {@link #after()}
     * @param limit see {@link #limit()}
     */
    public PageRequest {
        Checks.notNull(after, "after");
        Checks.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    /**
     * Requests the first page.
     *
     * @param limit the most values to return, from 1 to {@link #MAX_LIMIT}
     * @param <K> the key type
     * @return the request
     * @throws ValidationException if {@code limit} is out of range
     */
    public static <K extends Identifier> PageRequest<K> first(int limit) {
        return new PageRequest<>(Optional.empty(), limit);
    }

    /**
     * Requests the page after a key, with the same limit.
     *
     * @param key the last key of the previous page
     * @return the request
     * @throws ValidationException if {@code key} is null
     */
    public PageRequest<K> after(K key) {
        return new PageRequest<>(Optional.of(Checks.notNull(key, "key")), limit);
    }

    /**
     * Tells whether a key belongs after {@link #after()}.
     *
     * @param key a key
     * @return {@code true} if there is no lower bound or the key is greater than it
     */
    public boolean admits(K key) {
        return after.map(a -> Checks.notNull(key, "key").compareTo(a) > 0).orElse(true);
    }
}
