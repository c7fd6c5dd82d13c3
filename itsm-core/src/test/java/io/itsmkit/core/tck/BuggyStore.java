package io.itsmkit.core.tck;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.testkit.TimelineTruncation;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Broken on purpose, one way at a time: an append-only store that is correct (every append one atomic map
 * operation) except for the one {@link Bug} it is built with. Each bug is caught by one named rule of
 * {@link io.itsmkit.core.testkit.AppendOnlyStoreTck}.
 *
 * @param <K> the stream key type
 * @param <E> the event family
 */
final class BuggyStore<K extends Identifier, E> implements AppendOnlyStore<K, E> {

    /** The bugs, each with the TCK rule that must fail it and the other rules it fails on the way. */
    enum Bug {
        /** Keeps only the 16 most recently created streams: a bounded cache taken for a store. */
        FORGETS_OLD_STREAMS("required_aNewStreamIsAppendedAtZeroAndReadBackWhole"),
        /** Keeps instants to the microsecond and claims nanoseconds (the default precision). */
        STORES_MICROSECONDS(
                "optional_instantsKeepTheirNanoseconds",
                "required_aNewStreamIsAppendedAtZeroAndReadBackWhole",
                "required_appendsContinueTheStream",
                "required_aStaleOrAheadSequenceConflictsAndStoresNothing",
                "required_aSequenceBeyondEveryStreamConflicts",
                "required_eventsThatDoNotContinueTheStreamAreInvalidAndStoreNothing",
                "required_storedEventsNeverChange",
                "required_concurrentAppendsAtOneSequenceExactlyOneWins"),
        /** Returns how many events it appended instead of the stream's new last sequence. */
        RETURNS_THE_COUNT_APPENDED("required_appendsContinueTheStream"),
        /** Reads the first stream whose key is at or after the one asked for ({@code >=} where {@code =} was meant). */
        READS_THE_NEXT_STREAM("required_anUnknownStreamReadsEmpty", "required_aSequenceBeyondEveryStreamConflicts"),
        /**
         * Accepts an expected sequence ahead of the stream's ({@code <} where {@code ==} was meant), so the events
         * then fail the continuity check as invalid instead of conflicting.
         */
        ACCEPTS_AHEAD_SEQUENCES(
                "required_aStaleOrAheadSequenceConflictsAndStoresNothing",
                "required_aSequenceBeyondEveryStreamConflicts"),
        /** Refuses an expected sequence of {@link Integer#MAX_VALUE} or more as invalid instead of conflicting. */
        HUGE_SEQUENCES_ARE_INVALID("required_aSequenceBeyondEveryStreamConflicts"),
        /** Numbers the events itself instead of checking that their ids continue the stream. */
        NO_CONTINUITY_CHECK("required_eventsThatDoNotContinueTheStreamAreInvalidAndStoreNothing"),
        /** Lets a {@code null} stream key reach the map, which throws {@link NullPointerException}. */
        NULL_STREAM_GIVES_NULL_POINTER("required_badArgumentsAreValidationErrors"),
        /** Takes sequence 0 as "create the stream" and overwrites a stored one (an upsert). */
        OVERWRITES_AT_ZERO("required_storedEventsNeverChange", "required_concurrentAppendsAtOneSequenceExactlyOneWins"),
        /** Reads the stream's length, compares, then writes, as two steps: two appenders at one sequence both win. */
        CHECK_THEN_ACT("required_concurrentAppendsAtOneSequenceExactlyOneWins");

        /** The name of the TCK rule this bug is kept for. */
        final String rule;
        /** Every rule this bug fails, {@link #rule} included. */
        final Set<String> fails;

        Bug(String rule, String... alsoFails) {
            this.rule = rule;
            this.fails = Set.copyOf(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(rule), java.util.Arrays.stream(alsoFails))
                            .toList());
        }
    }

    private static final int CACHE_SIZE = 16;

    private final Bug bug;
    private final ConcurrentSkipListMap<K, Timeline<E>> streams = new ConcurrentSkipListMap<>();
    private final ConcurrentLinkedDeque<K> createdOrder = new ConcurrentLinkedDeque<>();

    BuggyStore(Bug bug) {
        this.bug = bug;
    }

    @Override
    public Timeline<E> read(K stream) {
        K key = bug == Bug.NULL_STREAM_GIVES_NULL_POINTER ? stream : Checks.notNull(stream, "stream");
        Timeline<E> t = bug == Bug.READS_THE_NEXT_STREAM
                ? java.util.Optional.ofNullable(streams.ceilingEntry(key))
                        .map(Map.Entry::getValue)
                        .orElse(null)
                : streams.get(key);
        return t != null ? t : Timeline.empty(key);
    }

    @Override
    public long append(K stream, long expectedSequence, List<Recorded<E>> events) {
        Checks.notNull(stream, "stream");
        Checks.inRange(
                expectedSequence,
                0,
                bug == Bug.HUGE_SEQUENCES_ARE_INVALID ? Integer.MAX_VALUE - 1L : Long.MAX_VALUE,
                "expectedSequence");
        List<Recorded<E>> added = Checks.noNulls(events, "events");
        if (bug == Bug.CHECK_THEN_ACT) {
            Timeline<E> base = read(stream);
            checkSequence(stream, base, expectedSequence);
            Timeline<E> result = continued(base, added);
            streams.put(stream, result);
            return result.size();
        }
        Timeline<E> result = streams.compute(stream, (k, current) -> {
            Timeline<E> base = current == null || (bug == Bug.OVERWRITES_AT_ZERO && expectedSequence == 0)
                    ? Timeline.<E>empty(stream)
                    : current;
            checkSequence(stream, base, expectedSequence);
            return continued(base, added);
        });
        if (bug == Bug.FORGETS_OLD_STREAMS && expectedSequence == 0) {
            createdOrder.addLast(stream);
            while (createdOrder.size() > CACHE_SIZE) {
                streams.remove(createdOrder.removeFirst());
            }
        }
        return bug == Bug.RETURNS_THE_COUNT_APPENDED ? added.size() : result.size();
    }

    private void checkSequence(K stream, Timeline<E> base, long expectedSequence) {
        boolean conflict =
                bug == Bug.ACCEPTS_AHEAD_SEQUENCES ? base.size() > expectedSequence : base.size() != expectedSequence;
        if (conflict) {
            throw new VersionConflictException(stream, expectedSequence, base.size());
        }
    }

    private Timeline<E> continued(Timeline<E> base, List<Recorded<E>> events) {
        Timeline<E> t = base;
        for (Recorded<E> r : events) {
            if (bug != Bug.NO_CONTINUITY_CHECK && !r.id().equals(t.nextId())) {
                throw new ValidationException("events", "consecutive-ids", r.id(), "must be " + t.nextId());
            }
            t = t.append(r.stamp(), r.event());
        }
        return bug == Bug.STORES_MICROSECONDS ? TimelineTruncation.truncated(t, ChronoUnit.MICROS, (e, u) -> e) : t;
    }
}
