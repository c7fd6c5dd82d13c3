package io.itsmkit.core.tck;

import io.itsmkit.core.error.Checks;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Broken on purpose, one way at a time: a repository that is correct (every write one atomic map operation)
 * except for the one {@link Bug} it is built with. Each bug is one that a real adapter makes, and each is
 * caught by one named rule of {@link io.itsmkit.core.testkit.VersionedRepositoryTck}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
class BuggyRepository<K extends Identifier, V extends Identified<K>> implements VersionedRepository<K, V> {

    /** The bugs, each with the one TCK rule that must fail it. */
    enum Bug {
        /** Keeps only the 32 most recently added values: a bounded cache taken for a store. */
        FORGETS_OLD_VALUES("required_addedValuesAreFoundWholeAtVersionOne"),
        /** Finds the first value whose key is at or after the one asked for ({@code >=} where {@code =} was meant). */
        FINDS_THE_NEXT_KEY("required_unknownKeyIsNotFound"),
        /** Refuses a second add of a key with a wrong stored version (a unique-key violation, the version never read). */
        ADD_CONFLICT_WITHOUT_THE_STORED_VERSION("required_addingAStoredKeyConflictsAndChangesNothing"),
        /** Returns what {@link Map#put} returns, the value it replaced, instead of the one it stored. */
        REPLACE_RETURNS_THE_PREVIOUS_VALUE("required_replaceAtTheStoredVersionStoresTheNextVersion"),
        /** Reports a stale write's actual version as {@code expected + 1} instead of reading it. */
        STALE_CONFLICT_GUESSES_THE_STORED_VERSION("required_staleReplaceConflictsAndChangesNothing"),
        /** Accepts an expected version ahead of the stored one ({@code <} where {@code ==} was meant). */
        ACCEPTS_AHEAD_VERSIONS("required_replaceAheadOfTheStoredVersionConflictsAndChangesNothing"),
        /** Stores a replaced value whose key is not stored yet (an upsert). */
        REPLACE_ADDS_AN_UNSTORED_KEY("required_replaceOfAnUnstoredKeyConflictsWithVersionZero"),
        /** Does not validate the expected version: 0, negative or the largest version merely conflict. */
        NO_VERSION_RANGE_CHECK("required_expectedVersionsOutOfRangeAreInvalid"),
        /** Lets a {@code null} key reach the map, which throws {@link NullPointerException}. */
        NULL_KEY_GIVES_NULL_POINTER("required_nullArgumentsAreValidationErrors"),
        /** Starts a page at its {@code after} key instead of after it, so the key is listed twice. */
        PAGES_REPEAT_THEIR_BOUND("required_pagesListEveryValueOnceInKeyOrder"),
        /** Adds by reading then writing, two steps (no unique key): two concurrent adds of one key both win. */
        CHECK_THEN_ACT_ADD("required_concurrentAddsOfOneKeyExactlyOneWins"),
        /** Replaces by reading the version then writing, two steps: two writers on one version both win. */
        CHECK_THEN_ACT_REPLACE("required_concurrentWritersOnOneVersionExactlyOneWins"),
        /** Writes every value stored at the expected version, not only the one with the key (no key predicate). */
        REPLACE_WITHOUT_A_KEY_PREDICATE("required_writesOfOneKeyLeaveOtherKeysAlone");

        /** The name of the TCK rule this bug is kept for; it fails no other. */
        final String rule;

        Bug(String rule) {
            this.rule = rule;
        }
    }

    private static final int CACHE_SIZE = 32;

    private final Bug bug;
    private final ConcurrentSkipListMap<K, Versioned<V>> store = new ConcurrentSkipListMap<>();
    private final ConcurrentLinkedDeque<K> addedOrder = new ConcurrentLinkedDeque<>();

    BuggyRepository(Bug bug) {
        this.bug = bug;
    }

    private K key(K key) {
        return bug == Bug.NULL_KEY_GIVES_NULL_POINTER ? key : Checks.notNull(key, "key");
    }

    @Override
    public Optional<Versioned<V>> find(K key) {
        if (bug == Bug.FINDS_THE_NEXT_KEY) {
            return Optional.ofNullable(store.ceilingEntry(key(key))).map(Map.Entry::getValue);
        }
        return Optional.ofNullable(store.get(key(key)));
    }

    @Override
    public Versioned<V> add(V value) {
        K key = Checks.notNull(value, "value").id();
        Versioned<V> stored = new Versioned<>(value, 1);
        if (bug == Bug.CHECK_THEN_ACT_ADD) {
            Versioned<V> current = store.get(key);
            if (current != null) {
                throw new VersionConflictException(key, 0, current.version());
            }
            store.put(key, stored);
            return stored;
        }
        Versioned<V> before = store.putIfAbsent(key, stored);
        if (before != null) {
            throw new VersionConflictException(
                    key,
                    0,
                    bug == Bug.ADD_CONFLICT_WITHOUT_THE_STORED_VERSION ? before.version() + 1 : before.version());
        }
        if (bug == Bug.FORGETS_OLD_VALUES) {
            addedOrder.addLast(key);
            while (addedOrder.size() > CACHE_SIZE) {
                store.remove(addedOrder.removeFirst());
            }
        }
        return stored;
    }

    @Override
    public Versioned<V> replace(V value, long expectedVersion) {
        K key = Checks.notNull(value, "value").id();
        if (bug != Bug.NO_VERSION_RANGE_CHECK) {
            Checks.inRange(expectedVersion, 1, Long.MAX_VALUE - 1, "expectedVersion");
        }
        Versioned<V> next = new Versioned<>(value, expectedVersion + 1);
        if (bug == Bug.CHECK_THEN_ACT_REPLACE) {
            Versioned<V> current = store.get(key);
            if (current == null || current.version() != expectedVersion) {
                throw new VersionConflictException(key, expectedVersion, current == null ? 0 : current.version());
            }
            store.put(key, next);
            return next;
        }
        synchronized (this) {
            return replaceAtomically(key, next, expectedVersion);
        }
    }

    private Versioned<V> replaceAtomically(K key, Versioned<V> next, long expectedVersion) {
        Versioned<V> current = store.get(key);
        if (current == null) {
            if (bug == Bug.REPLACE_ADDS_AN_UNSTORED_KEY) {
                store.put(key, next);
                return next;
            }
            throw new VersionConflictException(key, expectedVersion, 0);
        }
        boolean accepted = bug == Bug.ACCEPTS_AHEAD_VERSIONS
                ? current.version() <= expectedVersion
                : current.version() == expectedVersion;
        if (!accepted) {
            boolean guess = bug == Bug.STALE_CONFLICT_GUESSES_THE_STORED_VERSION && current.version() > expectedVersion;
            throw new VersionConflictException(key, expectedVersion, guess ? expectedVersion + 1 : current.version());
        }
        if (bug == Bug.REPLACE_WITHOUT_A_KEY_PREDICATE) {
            store.replaceAll((k, v) -> v.version() == expectedVersion ? next : v);
        }
        Versioned<V> previous = store.put(key, next);
        return bug == Bug.REPLACE_RETURNS_THE_PREVIOUS_VALUE ? previous : next;
    }

    @Override
    public Page<K, V> findPage(PageRequest<K> request) {
        Checks.notNull(request, "request");
        Map<K, Versioned<V>> tail = request.after()
                .<Map<K, Versioned<V>>>map(a -> store.tailMap(a, bug == Bug.PAGES_REPEAT_THEIR_BOUND))
                .orElse(store);
        List<Versioned<V>> items = new ArrayList<>();
        for (Versioned<V> v : tail.values()) {
            if (items.size() == request.limit()) {
                break;
            }
            items.add(v);
        }
        return Page.of(request, items);
    }
}
