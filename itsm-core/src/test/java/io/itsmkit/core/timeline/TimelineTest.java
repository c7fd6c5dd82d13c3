package io.itsmkit.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.ticket.ProblemId;
import io.itsmkit.core.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final TicketId INC = TicketId.of("INC-1");
    private static final ActorId A = ActorId.of("a");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Stamp at(long seconds) {
        return Stamp.of(A, T0.plusSeconds(seconds));
    }

    private static Timeline<String> abc() {
        return Timeline.<String>empty(INC)
                .append(at(0), "a")
                .append(at(10), "b")
                .append(at(10), "c");
    }

    @Test
    void appendAssignsConsecutiveIdsAndKeepsTheOldVersion() {
        Timeline<String> empty = Timeline.empty(INC);
        Timeline<String> t = abc();
        assertTrue(empty.isEmpty());
        assertEquals(3, t.size());
        assertEquals(
                List.of("a", "b", "c"), t.events().stream().map(Recorded::event).toList());
        assertEquals(
                List.of(1L, 2L, 3L),
                t.events().stream().map(r -> r.id().sequence()).toList());
        assertEquals(new EventId(INC, 4), t.nextId());
        assertEquals("INC-1#2", t.get(1).id().toString());
        assertEquals("a", t.first().event());
        assertEquals("c", t.last().event());
        assertEquals(INC, t.stream());
        assertEquals(0, empty.size(), "appending never changes a timeline");
    }

    @Test
    void retroactiveEventsTakeTheirPlaceByOccurrenceAndIdsCountRecordings() {
        Timeline<String> t = abc();
        Timeline<String> d = t.append(Stamp.of(A, T0.plusSeconds(5), T0.plusSeconds(60)), "d");
        assertEquals(
                List.of("a", "d", "b", "c"),
                d.events().stream().map(Recorded::event).toList());
        assertEquals(
                List.of(1L, 4L, 2L, 3L),
                d.events().stream().map(r -> r.id().sequence()).toList());
        assertEquals("d", d.latest().event());
        assertEquals("c", d.last().event(), "last is by occurrence");
        Timeline<String> e = d.append(Stamp.of(A, T0.plusSeconds(10), T0.plusSeconds(61)), "e");
        assertEquals(
                List.of("a", "d", "b", "c", "e"),
                e.events().stream().map(Recorded::event).toList(),
                "ties go by recording");
        assertEquals(4, d.upTo(T0.plusSeconds(10)).size());
        assertEquals(t, abc(), "the old version is unchanged");
        ValidationException recordedEarlier = assertThrows(
                ValidationException.class, () -> d.append(Stamp.of(A, T0.plusSeconds(20), T0.plusSeconds(50)), "x"));
        assertEquals("stamp.recordedAt", recordedEarlier.violations().get(0).path());
        assertEquals("chronological", recordedEarlier.violations().get(0).rule());
        ValidationException partial =
                assertThrows(ValidationException.class, () -> d.prefix(2).append(at(100), "x"));
        assertEquals("complete-timeline", partial.violations().get(0).rule(), "ids 1 and 4 only: 2 and 3 are missing");
        assertEquals("y", t.prefix(2).append(at(100), "y").last().event(), "a view holding ids 1..n can branch");
        assertEquals(d, Timeline.of(INC, new ArrayList<>(d.events())));
        List<Recorded<String>> byRecording = new ArrayList<>(d.events());
        byRecording.sort(java.util.Comparator.comparingLong(r -> r.id().sequence()));
        assertEquals(d, Timeline.of(INC, byRecording), "a store's recording order rebuilds the same timeline");
    }

    @Test
    void versionsBranchWithoutSeeingEachOther() {
        Timeline<String> base = abc();
        Timeline<String> left = base.append(at(20), "left");
        Timeline<String> right = base.append(at(30), "right");
        Timeline<String> leftAgain = left.append(at(40), "left2");
        assertEquals("left", left.last().event());
        assertEquals("right", right.last().event());
        assertEquals(
                List.of("a", "b", "c", "left", "left2"),
                leftAgain.events().stream().map(Recorded::event).toList());
        assertEquals(3, base.size());
        assertEquals(right.get(3).id(), left.get(3).id(), "both branches number their event 4");
        assertNotEquals(left, right);
    }

    @Test
    void concurrentAppendsToOneVersionEachGetTheirOwnBranch() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Timeline<String> base = abc();
                CyclicBarrier start = new CyclicBarrier(4);
                List<Future<Timeline<String>>> results = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String mine = "w" + w;
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        Timeline<String> t = base;
                        for (int i = 0; i < 20; i++) {
                            t = t.append(at(20 + i), mine + "-" + i);
                        }
                        return t;
                    }));
                }
                for (int w = 0; w < 4; w++) {
                    Timeline<String> t = results.get(w).get(10, TimeUnit.SECONDS);
                    assertEquals(23, t.size());
                    for (int i = 0; i < 20; i++) {
                        assertEquals("w" + w + "-" + i, t.get(3 + i).event(), "round " + round);
                    }
                }
                assertEquals(3, base.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void upToAndPrefixAreTheTimelineAsItWasKnown() {
        Timeline<String> t = abc();
        assertEquals(0, t.upTo(T0.minusNanos(1)).size());
        assertEquals(1, t.upTo(T0).size());
        assertEquals(1, t.upTo(T0.plusSeconds(9)).size());
        assertEquals(3, t.upTo(T0.plusSeconds(10)).size(), "events at the instant are included");
        assertEquals(t, t.upTo(Instant.MAX));
        assertEquals(t.prefix(2), t.upTo(T0.plusSeconds(10)).prefix(2));
        assertEquals(
                "n",
                assertThrows(ValidationException.class, () -> t.prefix(4))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "n",
                assertThrows(ValidationException.class, () -> t.prefix(-1))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "index",
                assertThrows(ValidationException.class, () -> t.get(3))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "index",
                assertThrows(
                                ValidationException.class,
                                () -> Timeline.empty(INC).first())
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void ofRebuildsAStoredTimelineAndChecksIt() {
        Timeline<String> t = abc();
        assertEquals(t, Timeline.of(INC, new ArrayList<>(t.events())));
        assertEquals(t.hashCode(), Timeline.of(INC, new ArrayList<>(t.events())).hashCode());
        List<Recorded<String>> gap = List.of(t.get(0), t.get(2));
        assertEquals("consecutive-ids", rule(() -> Timeline.of(INC, gap)));
        assertEquals(
                "consecutive-ids",
                rule(() -> Timeline.of(ProblemId.of("INC-1"), t.events())),
                "another stream's events");
        List<Recorded<String>> recordedBackwards = List.of(
                new Recorded<>(new EventId(INC, 1), at(10), "x"), new Recorded<>(new EventId(INC, 2), at(0), "y"));
        assertEquals("chronological", rule(() -> Timeline.of(INC, recordedBackwards)));
        List<Recorded<String>> twice = List.of(t.get(0), t.get(0));
        assertEquals("consecutive-ids", rule(() -> Timeline.of(INC, twice)));
        List<Recorded<String>> withNull = new ArrayList<>(t.events());
        withNull.add(null);
        assertEquals(
                "events[3]",
                assertThrows(ValidationException.class, () -> Timeline.of(INC, withNull))
                        .violations()
                        .get(0)
                        .path());
        assertTrue(Timeline.of(INC, List.of()).isEmpty());
    }

    @Test
    void foldAndEventsOfAndEquality() {
        Timeline<String> t = abc();
        assertEquals("abc", t.fold("", (s, r) -> s + r.event()));
        assertEquals(3, t.eventsOf(String.class).size());

        assertFalse(t.equals(Timeline.empty(INC)));
        assertFalse(
                Timeline.<String>empty(INC).equals(Timeline.empty(ProblemId.of("INC-1"))), "the stream's kind counts");
        assertTrue(t.toString().startsWith("Timeline[INC-1, 3 events, last Recorded[id=INC-1#3"));
        assertEquals(
                "step result",
                assertThrows(ValidationException.class, () -> t.fold("", (s, r) -> null))
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void stampsAndIdsAreValidated() {
        assertEquals("stamp.recordedAt", path(() -> Stamp.of(A, T0, T0.minusNanos(1))));
        assertEquals("stamp.actor", path(() -> Stamp.of(null, T0)));
        assertTrue(Stamp.of(A, T0, T0.plusNanos(1)).isRetroactive());
        assertFalse(Stamp.of(A, T0).isRetroactive());
        assertEquals("eventId.sequence", path(() -> new EventId(INC, 0)));
        assertTrue(new EventId(INC, 1).compareTo(new EventId(INC, 2)) < 0);
        assertTrue(new EventId(TicketId.of("A"), 9).compareTo(new EventId(TicketId.of("B"), 1)) < 0);
        assertEquals("recorded.event", path(() -> new Recorded<>(new EventId(INC, 1), at(0), null)));
    }

    /** Property: any sequence of appends at non-decreasing instants reads back in order, with ids 1..n. */
    @Test
    void appendsReadBackInOrder() {
        qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 200)).check(gaps -> {
            Timeline<Integer> t = Timeline.empty(INC);
            long s = 0;
            for (int g : gaps) {
                s += g;
                t = t.append(at(s), g);
            }
            List<Integer> back = t.events().stream().map(Recorded::event).toList();
            boolean ids = true;
            for (int i = 0; i < t.size(); i++) {
                ids &= t.get(i).id().sequence() == i + 1;
            }
            return back.equals(gaps) && ids && Timeline.of(INC, t.events()).equals(t);
        });
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }
}
