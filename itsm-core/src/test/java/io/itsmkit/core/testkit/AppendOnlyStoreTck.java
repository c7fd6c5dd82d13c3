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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
 * <p>The concurrency rule races writers the way {@link VersionedRepositoryTck}'s do (released together by a
 * spun-on flag), each round at the next sequence of a stream no earlier round finished; the races of
 * {@link #rounds()} rounds run over as many fixture streams as their events need.
 *
 * @param <K> the stream key type
 * @param <E> the event family
 */
public abstract class AppendOnlyStoreTck<K extends Identifier, E> {
    /** How many draws may repeat stream keys or be too short before the fixtures are declared too narrow. */
    private static final int FRESH_KEY_TRIES = 10_000;

    private AppendOnlyStore<K, E> store;
    private RandomGenerator random;
    private Set<K> used;
    private Race race;

    /**
     * Creates a new, empty store for one rule.
     *
     * @return the adapter under test
     */
    protected abstract AppendOnlyStore<K, E> newStore();

    /**
     * Returns full, valid timelines of at least one event (the module's fixtures, e.g. tickets' timelines),
     * of many streams. A rule given an empty timeline fails with a message naming this method.
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
     * Declares how many rounds the concurrency rule races; it stops at the first round that goes wrong.
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
        used = new HashSet<>();
        race = new Race();
    }

    /** Stops the writers of the last rule. */
    @AfterEach
    void stopWriters() {
        race.close();
    }

    private Timeline<E> expected(Timeline<E> written) {
        return timestampPrecision() == ChronoUnit.NANOS
                ? written
                : TimelineTruncation.truncated(written, timestampPrecision(), this::truncatedEvent);
    }

    /** Draws a fixture timeline of a stream no earlier draw of this rule gave. */
    private Timeline<E> timeline() {
        return timelineOfAtLeast(1);
    }

    /**
     * Draws a fixture timeline of at least {@code events} events, of a stream no earlier draw of this rule
     * gave.
     */
    private Timeline<E> timelineOfAtLeast(int events) {
        for (int tries = 0; tries < FRESH_KEY_TRIES; tries++) {
            Timeline<E> t = timelines().sample(random);
            if (t.isEmpty()) {
                throw new AssertionError("timelines() must give timelines of at least one event; it gave an empty"
                        + " timeline of stream " + t.stream());
            }
            if (t.size() >= events && used.add(keyOf(t))) {
                return t;
            }
        }
        throw new AssertionError("timelines() gave no timeline of at least " + events + " events of a new stream in "
                + FRESH_KEY_TRIES + " draws after " + used.size() + " streams");
    }

    @Test
    void required_aNewStreamIsAppendedAtZeroAndReadBackWhole() {
        List<Timeline<E>> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Timeline<E> t = timeline();
            assertEquals(t.size(), store.append(keyOf(t), 0, t.events()), "the new last sequence");
            assertEquals(expected(t), store.read(keyOf(t)));
            written.add(t);
        }
        for (Timeline<E> t : written) {
            assertEquals(expected(t), store.read(keyOf(t)), "every stream stays stored: " + t.stream());
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
        assertEquals(t.size(), store.append(key, 1, t.events().subList(1, t.size())), "the new last sequence");
        assertEquals(expected(t), store.read(key), "earlier events unchanged, later ones after them");
    }

    @Test
    void required_anUnknownStreamReadsEmpty() {
        Timeline<E> first = timeline();
        assertEmptyRead(keyOf(first), "in an empty store");
        for (int i = 0; i < 10; i++) {
            Timeline<E> t = timeline();
            store.append(keyOf(t), 0, t.events());
        }
        for (int i = 0; i < 10; i++) {
            assertEmptyRead(keyOf(timeline()), "a stream never appended to");
        }
    }

    private void assertEmptyRead(K key, String why) {
        Timeline<E> read = store.read(key);
        assertTrue(read.isEmpty(), why + ": " + key);
        assertEquals(key, read.stream(), "the empty timeline is the stream's");
    }

    @Test
    void required_aStaleOrAheadSequenceConflictsAndStoresNothing() {
        Timeline<E> t = timelineOfAtLeast(3);
        K key = keyOf(t);
        store.append(key, 0, t.events().subList(0, 2));
        List<Recorded<E>> third = t.events().subList(2, 3);
        for (long wrong : new long[] {1, 3, 50}) {
            VersionConflictException e =
                    assertThrows(VersionConflictException.class, () -> store.append(key, wrong, third), "at " + wrong);
            assertEquals(wrong, e.expectedVersion());
            assertEquals(2, e.actualVersion());
            assertEquals(key, e.key());
        }
        assertEquals(expected(t.prefix(2)), store.read(key));
    }

    @Test
    void required_aSequenceBeyondEveryStreamConflicts() {
        Timeline<E> t = timelineOfAtLeast(2);
        K key = keyOf(t);
        store.append(key, 0, t.events().subList(0, 1));
        Timeline<E> unknown = timeline();
        for (long beyond : new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE}) {
            VersionConflictException stored = assertThrows(
                    VersionConflictException.class,
                    () -> store.append(key, beyond, t.events().subList(1, 2)),
                    "at " + beyond);
            assertEquals(beyond, stored.expectedVersion());
            assertEquals(1, stored.actualVersion());
            VersionConflictException absent = assertThrows(
                    VersionConflictException.class,
                    () -> store.append(keyOf(unknown), beyond, unknown.events()),
                    "at " + beyond + " on a new stream");
            assertEquals(0, absent.actualVersion());
        }
        assertEquals(expected(t.prefix(1)), store.read(key));
        assertTrue(store.read(keyOf(unknown)).isEmpty());
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
        Timeline<E> t = timeline();
        K key = keyOf(t);
        assertThrows(ValidationException.class, () -> store.read(null));
        assertThrows(ValidationException.class, () -> store.append(null, 0, t.events()));
        assertThrows(ValidationException.class, () -> store.append(key, 0, null));
        assertThrows(ValidationException.class, () -> store.append(key, -1, t.events()));
        assertThrows(ValidationException.class, () -> store.append(key, Long.MIN_VALUE, t.events()));
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
        VersionConflictException e = assertThrows(
                VersionConflictException.class,
                () -> store.append(key, 0, t.events().subList(0, 1)),
                "appending at 0 to a stored stream would rewrite it");
        assertEquals(t.size(), e.actualVersion());
        assertEquals(expected(t), store.read(key));
    }

    @Test
    void required_concurrentAppendsAtOneSequenceExactlyOneWins() throws Exception {
        int round = 0;
        while (round < rounds()) {
            Timeline<E> t = timeline();
            K key = keyOf(t);
            for (int seq = 0; seq < t.size() && round < rounds(); seq++, round++) {
                long at = seq;
                List<Recorded<E>> next = t.events().subList(seq, seq + 1);
                List<Boolean> wins = race.run(w -> {
                    try {
                        store.append(key, at, next);
                        return true;
                    } catch (VersionConflictException lost) {
                        return false;
                    }
                });
                assertEquals(
                        1,
                        wins.stream().filter(b -> b).count(),
                        "round " + round + ", stream " + key + " at sequence " + seq + ": exactly one append wins");
                assertEquals(expected(t.prefix(seq + 1)), store.read(key));
            }
        }
    }
}
