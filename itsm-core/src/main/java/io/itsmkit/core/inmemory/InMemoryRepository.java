package io.itsmkit.core.inmemory;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.spi.VersionedRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The reference {@link VersionedRepository}: a concurrent sorted map. Typed repositories extend it, e.g.
 * {@code class InMemoryTicketRepository extends InMemoryRepository<TicketId, Ticket> implements
 * TicketRepository}.
 *
 * <p>Every write is one atomic map operation, so a version check and the store cannot interleave with
 * another writer. Values are immutable, so they are stored and returned as they are; pages are fresh
 * immutable lists.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type, immutable
 */
public class InMemoryRepository<K extends Identifier, V extends Identified<K>> implements VersionedRepository<K, V> {
    private final ConcurrentNavigableMap<K, Versioned<V>> store = new ConcurrentSkipListMap<>();

    /** Creates an empty repository. */
    public InMemoryRepository() {}

    @Override
    public final Optional<Versioned<V>> find(K key) {
        return Optional.ofNullable(store.get(Checks.notNull(key, "key")));
    }

    @Override
    public final Versioned<V> add(V value) {
        Versioned<V> stored = new Versioned<>(Checks.notNull(value, "value"), 1);
        K key = Checks.notNull(value.id(), "value.id");
        Versioned<V> before = store.putIfAbsent(key, stored);
        if (before != null) {
            throw new VersionConflictException(key, 0, before.version());
        }
        return stored;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // identity tells whether our new value is the one stored
    public final Versioned<V> replace(V value, long expectedVersion) {
        Checks.notNull(value, "value");
        K key = Checks.notNull(value.id(), "value.id");
        checkExpectedVersion(expectedVersion);
        Versioned<V> next = new Versioned<>(value, expectedVersion + 1);
        Versioned<V> result =
                store.computeIfPresent(key, (k, current) -> current.version() == expectedVersion ? next : current);
        if (result != next) {
            throw new VersionConflictException(key, expectedVersion, result == null ? 0 : result.version());
        }
        return next;
    }

    /**
     * Checks an expected version as every adapter must: at least 1, and below {@link Long#MAX_VALUE} so the
     * next version exists.
     *
     * @param expectedVersion the version a writer read
     * @throws ValidationException with rule {@code "range"} otherwise
     */
    static void checkExpectedVersion(long expectedVersion) {
        Checks.inRange(expectedVersion, 1, Long.MAX_VALUE - 1, "expectedVersion");
    }

    @Override
    public final Page<K, V> findPage(PageRequest<K> request) {
        Checks.notNull(request, "request");
        NavigableMap<K, Versioned<V>> tail =
                request.after().isPresent() ? store.tailMap(request.after().get(), false) : store;
        List<Versioned<V>> items = new ArrayList<>(Math.min(request.limit(), 64));
        for (Map.Entry<K, Versioned<V>> e : tail.entrySet()) {
            if (items.size() == request.limit()) {
                break;
            }
            items.add(e.getValue());
        }
        return Page.of(request, items);
    }
}
