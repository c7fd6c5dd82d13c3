package io.itsmkit.core.spi;

import io.itsmkit.core.id.Identified;
import io.itsmkit.core.id.Identifier;
import java.util.Optional;

/**
 * The host's storage of one kind of aggregate (tickets, problems, changes, budgets), as a domain collection
 * with optimistic concurrency. Each aggregate has its own sub-interface (e.g. {@code TicketRepository});
 * one generic contract and one generic TCK ({@code io.itsmkit.core.testkit.VersionedRepositoryTck}) serve
 * them all.
 *
 * <p>Contract (every rule is a {@code required_} method of the TCK):
 *
 * <ul>
 *   <li>{@link #add} stores a value whose key is not stored yet, at version 1; adding a stored key throws
 *       {@link io.itsmkit.core.spi.VersionConflictException} (expected 0, actual the stored version) and
 *       changes nothing; of concurrent adds of one key exactly one wins;
 *   <li>{@link #replace} stores a value at {@code expectedVersion + 1} only if the stored version is
 *       {@code expectedVersion}; otherwise (stale, ahead, or nothing stored: actual 0) it throws
 *       {@link io.itsmkit.core.spi.VersionConflictException} and changes nothing; of concurrent writers
 *       based on one version exactly one wins, and retrying writers lose nothing;
 *   <li>{@link #find} returns exactly what the last successful write stored: equal to it in every attribute,
 *       instants to the nanosecond (an adapter with coarser timestamps declares it in the TCK);
 *   <li>{@link #findPage} lists values in increasing key order, after the request's key, at most its limit;
 *   <li>returned values and lists are never shared mutable state: changing what a caller got does not change
 *       the store;
 *   <li>a {@code null} argument or an expected version below 1 throws
 *       {@link io.itsmkit.core.error.ValidationException}.
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 *
 * @param <K> the key type, e.g. {@code TicketId}
 * @param <V> the aggregate type
 */
public interface VersionedRepository<K extends Identifier, V extends Identified<K>> {

    /**
     * Finds a stored value.
     *
     * @param key the key
     * @return the stored value and its version, or empty
     */
    Optional<Versioned<V>> find(K key);

    /**
     * Stores a value whose key is not stored yet.
     *
     * @param value the new value
     * @return the stored value at version 1
     * @throws io.itsmkit.core.spi.VersionConflictException if the key is already stored
     */
    Versioned<V> add(V value);

    /**
     * Replaces a stored value if nobody wrote it since {@code expectedVersion} was read.
     *
     * @param value the new value, with the key of a stored one
     * @param expectedVersion the version the caller read, at least 1
     * @return the stored value at {@code expectedVersion + 1}
     * @throws io.itsmkit.core.spi.VersionConflictException if the stored version differs (actual 0 when
     *     nothing is stored)
     * @throws io.itsmkit.core.error.ValidationException if {@code expectedVersion} is below 1 or the largest
     *     version already
     */
    Versioned<V> replace(V value, long expectedVersion);

    /**
     * Reads one page of the stored values, in increasing key order.
     *
     * @param request which page
     * @return the page
     */
    Page<K, V> findPage(PageRequest<K> request);
}
