package io.itsmkit.core.spi;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.util.List;

/**
 * The host's storage of append-only streams (event timelines, audit trails, ledgers): each stream grows at
 * its end only, and a writer names the sequence it read, so concurrent writers never interleave. The generic
 * TCK is {@code io.itsmkit.core.testkit.AppendOnlyStoreTck}.
 *
 * <p>Contract (every rule is a {@code required_} method of the TCK):
 *
 * <ul>
 *   <li>{@link #append} stores the events after the stream's last one only if that last sequence is
 *       {@code expectedSequence} (0 for a new stream) and the events continue it: ids
 *       {@code (stream, expectedSequence + 1)}, {@code + 2}, ... in order of occurrence; a stale or ahead
 *       sequence throws {@link io.itsmkit.core.spi.VersionConflictException} and stores nothing; of
 *       concurrent appends at one sequence exactly one wins;
 *   <li>{@link #read} returns every stored event of the stream in order, equal in every attribute, instants
 *       to the nanosecond; an unknown stream reads as an empty timeline;
 *   <li>events once stored never change;
 *   <li>a {@code null} argument, a negative sequence or events that do not continue the stream throw
 *       {@link io.itsmkit.core.error.ValidationException} and store nothing.
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 *
 * @param <K> the stream key type
 * @param <E> the event family
 */
public interface AppendOnlyStore<K extends Identifier, E> {

    /**
     * Reads a whole stream.
     *
     * @param stream the stream key
     * @return its events in order; empty for an unknown stream
     */
    Timeline<E> read(K stream);

    /**
     * Appends events to a stream if its last stored sequence is {@code expectedSequence}.
     *
     * @param stream the stream key
     * @param expectedSequence the last sequence the writer read, 0 for a new stream
     * @param events the new events, continuing the stream
     * @return the stream's new last sequence
     * @throws io.itsmkit.core.spi.VersionConflictException if the stored last sequence differs
     */
    long append(K stream, long expectedSequence, List<Recorded<E>> events);
}
