package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * The one compatibility test kit of {@link AppendOnlyStore} (event timelines, audit trails, ledgers): extend
 * it, give the store under test and fixture timelines of your event family, and every rule of the contract
 * runs against your adapter. Rules are {@code required_...}, or {@code optional_...} and skipped with a
 * message when a capability hook says the adapter lacks the capability.
 *
 * @param <K> the stream key type
 * @param <E> the event family
 */
public abstract class AppendOnlyStoreTck<K extends Identifier, E> {
    private static final int WRITERS = 4;

    private AppendOnlyStore<K, E> store;
    private RandomGenerator random;
    private ExecutorService pool;

    /**
     * Creates a new, empty store for one rule.
     *
     * @return the adapter under test
     */
    protected abstract AppendOnlyStore<K, E> newStore();

    /**
     * Returns full, valid timelines of at least one event (the module's fixtures, e.g. tickets' timelines).
     *
     * @return the sampler
     */
    protected abstract Sampler<Timeline<E>> timelines();

    /**
     * Returns the typed key of a fixture timeline's stream.
     *
     * @param timeline a timeline from {@link #timelines()}
     * @return its key
     */
    protected abstract K keyOf(Timeline<E> timeline);

    /**
     * Declares the precision of the instants the adapter stores; coarser stores are compared after truncation
     * and the nanosecond rule is skipped.
     *
     * @return the precision, {@link ChronoUnit#NANOS} by default
     */
    protected ChronoUnit timestampPrecision() {
        return ChronoUnit.NANOS;
    }

    /**
     * Truncates the instants one event holds, for stores coarser than nanoseconds (see {@link
     * #timestampPrecision()}); the stamps are truncated by the kit. The default returns the event unchanged:
     * override it when your events hold instants, e.g. with {@link TimelineTruncation#ticketEvent}.
     *
     * @param event an event written
     * @param unit the store's precision
     * @return the event such a store gives back
     */
    protected E truncatedEvent(E event, ChronoUnit unit) {
        return event;
    }

    /**
     * Declares how many barrier-synchronised rounds the concurrency rule runs.
     *
     * @return the number of rounds, 100 by default
     */
    protected int rounds() {
        return 100;
    }

    /** Creates the store, the randomness and the writers of the next rule. */
    @BeforeEach
    void freshStore() {
        store = newStore();
        random = new SplittableRandom(20261130L);
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    /** Stops the writers of the last rule. */
    @AfterEach
    void stopWriters() {
        pool.shutdownNow();
    }

    private Timeline<E> expected(Timeline<E> written) {
        return timestampPrecision() == ChronoUnit.NANOS
                ? written
                : TimelineTruncation.truncated(written, timestampPrecision(), this::truncatedEvent);
    }

    private Timeline<E> timelineOfAtLeast(int events) {
        for (int tries = 0; tries < 10_000; tries++) {
            Timeline<E> t = timelines().sample(random);
            if (t.size() >= events) {
                return t;
            }
        }
        throw new AssertionError("the fixtures give no timeline of " + events + " events");
    }

    @Test
    void required_aNewStreamIsAppendedAtZeroAndReadBackWhole() {
        for (int i = 0; i < 30; i++) {
            Timeline<E> t = timelines().sample(random);
            K key = keyOf(t);
            if (!store.read(key).isEmpty()) {
                continue;
            }
            assertEquals(t.size(), store.append(key, 0, t.events()));
            assertEquals(expected(t), store.read(key));
        }
    }

    @Test
    void optional_instantsKeepTheirNanoseconds() {
        assumeTrue(
                timestampPrecision() == ChronoUnit.NANOS,
                "the adapter declares it stores instants to " + timestampPrecision() + " only");
        Timeline<E> t = timelineOfAtLeast(2);
        store.append(keyOf(t), 0, t.events());
        assertEquals(t, store.read(keyOf(t)));
    }

    @Test
    void required_appendsContinueTheStream() {
        Timeline<E> t = timelineOfAtLeast(3);
        K key = keyOf(t);
        assertEquals(1, store.append(key, 0, t.events().subList(0, 1)));
        assertEquals(t.size(), store.append(key, 1, t.events().subList(1, t.size())));
        assertEquals(expected(t), store.read(key));
    }

    @Test
    void required_anUnknownStreamReadsEmpty() {
        Timeline<E> t = timelines().sample(random);
        Timeline<E> read = store.read(keyOf(t));
        assertTrue(read.isEmpty());
        assertEquals(t.stream(), read.stream());
    }

    @Test
    void required_aStaleOrAheadSequenceConflictsAndStoresNothing() {
        Timeline<E> t = timelineOfAtLeast(3);
        K key = keyOf(t);
        store.append(key, 0, t.events().subList(0, 2));
        List<Recorded<E>> third = t.events().subList(2, 3);
        for (long wrong : new long[] {0, 1, 3, 50}) {
            VersionConflictException e =
                    assertThrows(VersionConflictException.class, () -> store.append(key, wrong, third), "at " + wrong);
            assertEquals(wrong, e.expectedVersion());
            assertEquals(2, e.actualVersion());
            assertEquals(key, e.key());
        }
        assertEquals(expected(t.prefix(2)), store.read(key));
    }

    @Test
    void required_eventsThatDoNotContinueTheStreamAreInvalidAndStoreNothing() {
        Timeline<E> t = timelineOfAtLeast(3);
        K key = keyOf(t);
        store.append(key, 0, t.events().subList(0, 1));
        assertThrows(
                ValidationException.class, () -> store.append(key, 1, t.events().subList(2, 3)), "a gap");
        assertThrows(
                ValidationException.class, () -> store.append(key, 1, t.events().subList(0, 1)), "a repeat");
        assertEquals(expected(t.prefix(1)), store.read(key));
    }

    @Test
    void required_badArgumentsAreValidationErrors() {
        Timeline<E> t = timelineOfAtLeast(1);
        K key = keyOf(t);
        assertThrows(ValidationException.class, () -> store.read(null));
        assertThrows(ValidationException.class, () -> store.append(null, 0, t.events()));
        assertThrows(ValidationException.class, () -> store.append(key, 0, null));
        assertThrows(ValidationException.class, () -> store.append(key, -1, t.events()));
        List<Recorded<E>> withNull = new ArrayList<>(t.events());
        withNull.add(null);
        assertThrows(ValidationException.class, () -> store.append(key, 0, withNull));
        assertTrue(store.read(key).isEmpty());
    }

    @Test
    void required_storedEventsNeverChange() {
        Timeline<E> t = timelineOfAtLeast(2);
        K key = keyOf(t);
        store.append(key, 0, t.events());
        Timeline<E> first = store.read(key);
        assertThrows(VersionConflictException.class, () -> store.append(key, 0, t.events()));
        assertEquals(first, store.read(key));
    }

    @Test
    void required_concurrentAppendsAtOneSequenceExactlyOneWins() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            Timeline<E> t = timelines().sample(random);
            K key = keyOf(t);
            if (!store.read(key).isEmpty()) {
                continue;
            }
            CyclicBarrier start = new CyclicBarrier(WRITERS);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        store.append(key, 0, t.events());
                        return true;
                    } catch (VersionConflictException lost) {
                        return false;
                    }
                }));
            }
            int wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, wins, "round " + round + ": exactly one append wins");
            assertEquals(expected(t), store.read(key));
        }
    }
}
