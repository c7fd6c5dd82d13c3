package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.spi.VersionedRepository;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one compatibility test kit of {@link VersionedRepository}, for every aggregate: extend the typed
 * subclass of your aggregate ({@link TicketRepositoryTck}, {@link ProblemRepositoryTck}, and those of the
 * other modules), implement {@link #newRepository()}, and every rule of the contract runs against your
 * adapter.
 *
 * <p>Rules are named like the Reactive Streams TCK: {@code required_...} rules hold for every adapter;
 * {@code optional_...} rules depend on a declared capability and are skipped, with a message saying why,
 * when the adapter declares it lacks it (never silently passed). The values written are full aggregates
 * drawn from the fixtures: every attribute set, every kind of event, instants to the nanosecond.
 *
 * <p>Capability hooks: {@link #timestampPrecision()} (default nanoseconds) for a store that keeps coarser
 * instants; {@link #rounds()} for the number of barrier-synchronised rounds of the concurrency rules.
 *
 * <p>Each rule gets a fresh, empty repository and a fixed seed, so a failure repeats.
 *
 * @param <K> the key type
 * @param <V> the aggregate type
 */
public abstract class VersionedRepositoryTck<K extends Identifier, V extends Identified<K>> {
    /** How many aggregates the round-trip rule writes and reads. */
    private static final int ROUND_TRIPS = 40;

    private VersionedRepository<K, V> repo;
    private RandomGenerator random;
    private ExecutorService pool;

    /**
     * Creates a new, empty repository for one rule.
     *
     * @return the adapter under test
     */
    protected abstract VersionedRepository<K, V> newRepository();

    /**
     * Returns full, valid aggregates of this repository's kind (the module's fixtures).
     *
     * @return the sampler
     */
    protected abstract Sampler<V> values();

    /**
     * Returns a later version of an aggregate: the same key, a different value (e.g. one more event).
     *
     * @param value a value drawn from {@link #values()} or changed before
     * @param random the randomness
     * @return a different value with the same key
     */
    protected abstract V changed(V value, RandomGenerator random);

    /**
     * Returns the value a store with the given timestamp precision gives back for a written value: every
     * instant truncated to {@code unit}. Called only when {@link #timestampPrecision()} is coarser than
     * nanoseconds.
     *
     * @param value the written value
     * @param unit the store's precision
     * @return the value as such a store returns it
     */
    protected abstract V truncated(V value, ChronoUnit unit);

    /**
     * Declares the precision of the instants the adapter stores. Override for a store that keeps, say,
     * microseconds: values are then compared after {@link #truncated} and the nanosecond rule is skipped.
     *
     * @return the precision, {@link ChronoUnit#NANOS} by default
     */
    protected ChronoUnit timestampPrecision() {
        return ChronoUnit.NANOS;
    }

    /**
     * Declares how many barrier-synchronised rounds the concurrency rules run (more rounds catch rarer races).
     *
     * @return the number of rounds, 100 by default
     */
    protected int rounds() {
        return 100;
    }

    /** Creates the repository, the randomness and the thread pool of the next rule. */
    @BeforeEach
    void freshRepository() {
        repo = newRepository();
        random = new SplittableRandom(20261130L);
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    /** Stops the writers of the last rule. */
    @AfterEach
    void stopWriters() {
        pool.shutdownNow();
    }

    private static final int WRITERS = 4;

    private V value() {
        return values().sample(random);
    }

    private V expectedFromStore(V written) {
        return timestampPrecision() == ChronoUnit.NANOS ? written : truncated(written, timestampPrecision());
    }

    private List<V> distinctValues(int n) {
        Map<K, V> byKey = new LinkedHashMap<>();
        for (int tries = 0; byKey.size() < n && tries < 100 * n; tries++) {
            V v = value();
            byKey.putIfAbsent(v.id(), v);
        }
        assertEquals(n, byKey.size(), "the fixtures should give " + n + " distinct keys");
        return new ArrayList<>(byKey.values());
    }

    @Test
    void required_addedValuesAreFoundWholeAtVersionOne() {
        for (V v : distinctValues(ROUND_TRIPS)) {
            Versioned<V> stored = repo.add(v);
            assertEquals(1, stored.version(), "add stores version 1");
            assertEquals(
                    Optional.of(new Versioned<>(expectedFromStore(v), 1)),
                    repo.find(v.id()),
                    "find must return every attribute of what add stored: " + v);
        }
    }

    @Test
    void optional_instantsKeepTheirNanoseconds() {
        assumeTrue(
                timestampPrecision() == ChronoUnit.NANOS,
                "the adapter declares it stores instants to " + timestampPrecision() + " only");
        for (V v : distinctValues(10)) {
            repo.add(v);
            assertEquals(v, repo.find(v.id()).orElseThrow().value());
        }
    }

    @Test
    void required_unknownKeyIsNotFound() {
        assertEquals(Optional.empty(), repo.find(value().id()));
    }

    @Test
    void required_addingAStoredKeyConflictsAndChangesNothing() {
        V v = value();
        repo.add(v);
        V other = changed(v, random);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.add(other));
        assertEquals(v.id(), e.key());
        assertEquals(0, e.expectedVersion());
        assertEquals(1, e.actualVersion());
        assertEquals(Optional.of(new Versioned<>(expectedFromStore(v), 1)), repo.find(v.id()));
    }

    @Test
    void required_replaceAtTheStoredVersionStoresTheNextVersion() {
        V v = value();
        repo.add(v);
        V next = changed(v, random);
        assertEquals(2, repo.replace(next, 1).version());
        V third = changed(next, random);
        assertEquals(3, repo.replace(third, 2).version());
        assertEquals(Optional.of(new Versioned<>(expectedFromStore(third), 3)), repo.find(v.id()));
    }

    @Test
    void required_staleReplaceConflictsAndChangesNothing() {
        V v = value();
        repo.add(v);
        V first = changed(v, random);
        V second = changed(v, random);
        repo.replace(first, 1);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.replace(second, 1));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(Optional.of(new Versioned<>(expectedFromStore(first), 2)), repo.find(v.id()));
    }

    @Test
    void required_replaceAheadOfTheStoredVersionConflictsAndChangesNothing() {
        V v = value();
        repo.add(v);
        V next = changed(v, random);
        for (long ahead : new long[] {2, 3, 1_000}) {
            VersionConflictException e =
                    assertThrows(VersionConflictException.class, () -> repo.replace(next, ahead), "version " + ahead);
            assertEquals(ahead, e.expectedVersion());
            assertEquals(1, e.actualVersion());
        }
        assertEquals(Optional.of(new Versioned<>(expectedFromStore(v), 1)), repo.find(v.id()));
    }

    @Test
    void required_replaceOfAnUnstoredKeyConflictsWithVersionZero() {
        V v = value();
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.replace(v, 1));
        assertEquals(0, e.actualVersion());
        assertEquals(Optional.empty(), repo.find(v.id()));
    }

    @Test
    void required_expectedVersionsOutOfRangeAreInvalid() {
        V v = value();
        repo.add(v);
        V next = changed(v, random);
        for (long bad : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            ValidationException e =
                    assertThrows(ValidationException.class, () -> repo.replace(next, bad), "version " + bad);
            assertEquals("expectedVersion", e.violations().get(0).path());
            assertEquals(String.valueOf(bad), e.violations().get(0).offendingValue());
        }
        assertEquals(1, repo.find(v.id()).orElseThrow().version());
    }

    @Test
    void required_nullArgumentsAreValidationErrors() {
        assertThrows(ValidationException.class, () -> repo.find(null));
        assertThrows(ValidationException.class, () -> repo.add(null));
        assertThrows(ValidationException.class, () -> repo.replace(null, 1));
        assertThrows(ValidationException.class, () -> repo.findPage(null));
    }

    @Test
    void required_pagesListEveryValueOnceInKeyOrder() {
        TreeMap<K, V> expected = new TreeMap<>();
        for (V v : distinctValues(23)) {
            repo.add(v);
            expected.put(v.id(), expectedFromStore(v));
        }
        List<V> seen = new ArrayList<>();
        PageRequest<K> request = PageRequest.first(5);
        int pages = 0;
        while (true) {
            Page<K, V> page = repo.findPage(request);
            assertTrue(page.items().size() <= 5, "a page holds at most its limit");
            page.items().forEach(item -> seen.add(item.value()));
            pages++;
            if (page.next().isEmpty()) {
                break;
            }
            request = page.next().get();
            assertTrue(pages < 10, "paging must end");
        }
        assertEquals(new ArrayList<>(expected.values()), seen);
        assertEquals(
                Optional.empty(),
                repo.findPage(PageRequest.<K>first(5).after(expected.lastKey())).next());
        assertTrue(repo.findPage(PageRequest.<K>first(5).after(expected.lastKey()))
                .items()
                .isEmpty());
    }

    @Test
    void required_changingWhatACallerGotDoesNotChangeTheStore() {
        List<V> values = distinctValues(3);
        values.forEach(repo::add);
        Page<K, V> page = repo.findPage(PageRequest.first(10));
        try {
            page.items().clear();
        } catch (UnsupportedOperationException immutable) {
            // the adapter returned an immutable list: nothing to check further
        }
        assertEquals(3, repo.findPage(PageRequest.first(10)).items().size());
    }

    @Test
    void required_concurrentAddsOfOneKeyExactlyOneWins() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            V v = value();
            List<V> candidates = new ArrayList<>();
            V c = v;
            for (int w = 0; w < WRITERS; w++) {
                candidates.add(c);
                c = changed(c, random);
            }
            List<Boolean> wins = race(w -> {
                try {
                    repo.add(candidates.get(w));
                    return true;
                } catch (VersionConflictException lost) {
                    return false;
                }
            });
            assertEquals(1, wins.stream().filter(b -> b).count(), "round " + round + ": exactly one add wins");
            Versioned<V> stored = repo.find(v.id()).orElseThrow();
            assertEquals(1, stored.version());
            assertEquals(expectedFromStore(candidates.get(wins.indexOf(true))), stored.value());
        }
    }

    @Test
    void required_concurrentWritersOnOneVersionExactlyOneWins() throws Exception {
        V v = value();
        repo.add(v);
        V base = v;
        for (int round = 0; round < rounds(); round++) {
            long version = round + 1L;
            List<V> candidates = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                candidates.add(changed(base, random));
            }
            List<Boolean> wins = race(w -> {
                try {
                    repo.replace(candidates.get(w), version);
                    return true;
                } catch (VersionConflictException lost) {
                    return false;
                }
            });
            assertEquals(1, wins.stream().filter(b -> b).count(), "round " + round + ": exactly one writer wins");
            Versioned<V> stored = repo.find(v.id()).orElseThrow();
            assertEquals(version + 1, stored.version());
            base = candidates.get(wins.indexOf(true));
            assertEquals(expectedFromStore(base), stored.value());
        }
    }

    @Test
    void required_retryingWritersLoseNothing() throws Exception {
        V v = value();
        repo.add(v);
        int each = 25;
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            RandomGenerator mine = new SplittableRandom(w);
            done.add(pool.submit(() -> {
                int conflicts = 0;
                for (int i = 0; i < each; i++) {
                    while (true) {
                        Versioned<V> current = repo.find(v.id()).orElseThrow();
                        try {
                            repo.replace(changed(current.value(), mine), current.version());
                            break;
                        } catch (VersionConflictException retry) {
                            conflicts++;
                        }
                    }
                }
                return conflicts;
            }));
        }
        for (Future<Integer> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertEquals(1 + WRITERS * each, repo.find(v.id()).orElseThrow().version());
    }

    @Test
    void required_writesOfOneKeyLeaveOtherKeysAlone() {
        List<V> values = distinctValues(2);
        repo.add(values.get(0));
        repo.add(values.get(1));
        repo.replace(changed(values.get(0), random), 1);
        assertEquals(
                Optional.of(new Versioned<>(expectedFromStore(values.get(1)), 1)),
                repo.find(values.get(1).id()));
        assertNotEquals(
                values.get(0), repo.find(values.get(0).id()).orElseThrow().value());
    }

    /** A task of one writer in a race, given the writer's index. */
    @FunctionalInterface
    private interface Writer {
        boolean write(int writer) throws Exception;
    }

    /** Runs every writer at once, released together by a barrier, and returns who won. */
    private List<Boolean> race(Writer writer) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int index = w;
            Callable<Boolean> task = () -> {
                start.await(30, TimeUnit.SECONDS);
                return writer.write(index);
            };
            results.add(pool.submit(task));
        }
        List<Boolean> wins = new ArrayList<>();
        for (Future<Boolean> f : results) {
            try {
                wins.add(f.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                fail("a writer failed with " + e.getCause(), e.getCause());
            }
        }
        return wins;
    }
}
