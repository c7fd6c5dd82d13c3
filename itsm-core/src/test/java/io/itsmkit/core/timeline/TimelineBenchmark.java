package io.itsmkit.core.timeline;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a ticket's timeline one event at a time and replaying the ticket from it, at 100,000 and
 * 1,000,000 events, against the baseline of the old {@code TicketTimeline.of}, which copied the whole list on
 * every append (quadratic), measured in the same run at 100,000 events. Events alternate caller replies and
 * reassignments, one millisecond apart.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-core verify -DskipTests -Dbench.args="TimelineBenchmark -prof gc"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class TimelineBenchmark {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final ActorId ACTOR = ActorId.of("bench");

    /** How many events. */
    @Param({"100000", "1000000"})
    public int events;

    private List<Stamp> stamps;
    private List<TicketEvent> payloads;
    private Timeline<TicketEvent> built;

    /** Prepares the events and one built timeline to replay. */
    @Setup
    public void prepare() {
        stamps = new ArrayList<>(events);
        payloads = new ArrayList<>(events);
        PriorityDecision p = PriorityDecision.derive(
                PriorityMatrices.ITIL,
                PriorityMatrices.ITIL.impacts().level(2),
                PriorityMatrices.ITIL.urgencies().level(2));
        stamps.add(Stamp.of(ACTOR, T0));
        payloads.add(new TicketEvent.Opened(TicketKind.INCIDENT, "bench", p, Classification.NONE));
        Optional<Assignment> current = Optional.empty();
        for (int i = 1; i < events; i++) {
            stamps.add(Stamp.of(ACTOR, T0.plusMillis(i)));
            if (i % 2 == 0) {
                Optional<Assignment> next = current.isPresent()
                        ? Optional.empty()
                        : Optional.of(Assignment.toTeam(TeamId.of("team-" + i % 5)));
                payloads.add(new TicketEvent.AssignmentChanged(current, next));
                current = next;
            } else {
                payloads.add(new TicketEvent.CallerReplied());
            }
        }
        built = build();
    }

    /**
     * Builds the timeline with {@link Timeline#append}.
     *
     * @return the timeline
     */
    @Benchmark
    public Timeline<TicketEvent> build() {
        Timeline<TicketEvent> t = Timeline.empty(TicketId.of("INC-1"));
        for (int i = 0; i < events; i++) {
            t = t.append(stamps.get(i), payloads.get(i));
        }
        return t;
    }

    /**
     * Replays the ticket from the built timeline: the fold of every event.
     *
     * @return the ticket
     */
    @Benchmark
    public Ticket replay() {
        return Ticket.replay(built);
    }

    /**
     * The baseline: the old timeline's append, which copied every event into a new list each time. Run only
     * at 100,000 events (at 1,000,000 it would take minutes per build).
     *
     * @return the list
     */
    @Benchmark
    public List<Object> quadraticBaseline() {
        if (events > 100_000) {
            return List.of();
        }
        ImmutableList<Object> list = ImmutableList.of();
        for (int i = 0; i < events; i++) {
            Object e = new Recorded<>(new EventId(TicketId.of("INC-1"), i + 1L), stamps.get(i), payloads.get(i));
            list = ImmutableList.builderWithExpectedSize(list.size() + 1)
                    .addAll(list)
                    .add(e)
                    .build();
        }
        return list;
    }
}
