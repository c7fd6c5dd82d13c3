package io.itsmkit.core.timeline;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;

/**
 * The identity of a recorded event: the stream it belongs to (the aggregate's typed identifier) and its
 * position in that stream, counted from 1. Two events are the same event exactly when their ids are equal,
 * so a host can de-duplicate deliveries with it. Ids are assigned by {@link Timeline#append} and are
 * stable across {@link Timeline#of replays}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param stream the identifier of the aggregate or stream
 * @param sequence the position in the stream, from 1
 */
public record EventId(Identifier stream, long sequence) implements Comparable<EventId> {

    /**
     * Validates the components.
     *
     * @throws ValidationException if the stream is null or the sequence is below 1
     * @param stream see {@link #stream()}
     * @param sequence see {@link #sequence()}
     */
    public EventId {
        Checks.notNull(stream, "eventId.stream");
        if (sequence < 1) {
            throw new ValidationException("eventId.sequence", "at-least-one", sequence, "sequences start at 1");
        }
    }

    /**
     * Orders by stream, then by sequence.
     *
     * @param other another id
     * @return the comparison result
     * @throws ValidationException if {@code other} is null
     */
    @Override
    public int compareTo(EventId other) {
        Checks.notNull(other, "other");
        int byStream = stream.compareTo(other.stream);
        return byStream != 0 ? byStream : Long.compare(sequence, other.sequence);
    }

    /**
     * Renders the id as {@code stream#sequence}, e.g. {@code INC-1#3}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return stream + "#" + sequence;
    }
}
