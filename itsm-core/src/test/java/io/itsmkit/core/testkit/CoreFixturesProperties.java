package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemState;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixtures themselves: deterministic per seed, valid, and varied. */
class CoreFixturesProperties {

    @Test
    void theSameSeedGivesTheSameSample() {
        Stream.of(
                        CoreFixtures.tickets(),
                        CoreFixtures.problems(),
                        CoreFixtures.priorityMatrices(),
                        CoreFixtures.serviceGraphs().map(g -> g.items()),
                        CoreFixtures.organisations(),
                        CoreFixtures.auditTrails(),
                        CoreFixtures.priorityDecisions(),
                        CoreFixtures.configurationItems(),
                        CoreFixtures.durations(),
                        CoreFixtures.supplierIds(),
                        CoreFixtures.agentIds())
                .forEach(s -> assertEquals(s.sample(new SplittableRandom(7)), s.sample(new SplittableRandom(7))));
    }

    @Test
    void everyTicketIsTheReplayOfItsTimeline() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            Ticket replayed = Ticket.replay(
                    Timeline.of(t.id(), new ArrayList<>(t.timeline().events())));
            return replayed.equals(t)
                    && replayed.state() == t.state()
                    && replayed.hold().equals(t.hold())
                    && replayed.priorityDecision().equals(t.priorityDecision())
                    && replayed.classification().equals(t.classification())
                    && replayed.assignment().equals(t.assignment())
                    && replayed.engagedSuppliers().equals(t.engagedSuppliers())
                    && replayed.reopenCount() == t.reopenCount()
                    && replayed.resolvedAt().equals(t.resolvedAt())
                    && replayed.firstRespondedAt().equals(t.firstRespondedAt())
                    && replayed.majorIncident() == t.majorIncident();
        });
    }

    @Test
    void everyProblemIsTheReplayOfItsTimeline() {
        qt().forAll(CoreFixtures.problems().gen()).check(p -> {
            Problem replayed = Problem.replay(
                    Timeline.of(p.id(), new ArrayList<>(p.timeline().events())));
            return replayed.equals(p)
                    && replayed.state() == p.state()
                    && replayed.resolution().equals(p.resolution())
                    && replayed.knownError().equals(p.knownError())
                    && replayed.priorityDecision().equals(p.priorityDecision())
                    && replayed.classification().equals(p.classification());
        });
    }

    @Test
    void ticketsAreConsistentWithTheirTimeline() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            long reopens = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .filter(r -> r.event().isReopen())
                    .count();
            Optional<TicketEvent.StateChanged> lastMove = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .map(Recorded::event)
                    .reduce((a, b) -> b);
            return !t.timeline().last().occurredAt().isBefore(t.openedAt())
                    && reopens == t.reopenCount()
                    && lastMove.map(m -> m.to() == t.state()).orElse(t.state() == TicketState.NEW)
                    && t.hold().isPresent() == (t.state() == TicketState.ON_HOLD);
        });
    }

    @Test
    void ticketFixturesUseEveryKindOfEventAndRetroactiveStamps() {
        SplittableRandom r = new SplittableRandom(3);
        Set<Class<?>> kinds = new HashSet<>();
        boolean retroactive = false;
        boolean nanos = false;
        for (Ticket t : CoreFixtures.tickets().sampleList(r, 400, 400)) {
            for (Recorded<TicketEvent> e : t.timeline()) {
                kinds.add(e.event().getClass());
                retroactive |= e.stamp().isRetroactive();
                nanos |= e.occurredAt().getNano() % 1000 != 0;
            }
        }
        assertEquals(Set.of(TicketEvent.class.getPermittedSubclasses()), kinds);
        assertTrue(retroactive);
        assertTrue(nanos);
    }

    @Test
    void problemsEndOnlyWithAResolution() {
        qt().forAll(CoreFixtures.problems().gen())
                .check(p -> p.resolution().isPresent()
                        == (p.state() == ProblemState.RESOLVED || Lifecycles.PROBLEM.isFinal(p.state())));
    }

    @Test
    void samplesVary() {
        SplittableRandom r = new SplittableRandom(1);
        assertTrue(CoreFixtures.tickets().sampleList(r, 50, 50).stream()
                        .map(t -> t.state())
                        .distinct()
                        .count()
                >= 4);
        assertTrue(CoreFixtures.priorityMatrices().sampleList(r, 50, 50).stream()
                        .distinct()
                        .count()
                >= 40);
        assertTrue(CoreFixtures.instants().sampleList(r, 20, 20).stream()
                .allMatch(i -> !i.isBefore(CoreFixtures.EARLIEST) && i.isBefore(CoreFixtures.LATEST)));
        assertTrue(CoreFixtures.stakeholderIds().sample(r).value().length() <= 16);
        assertTrue(CoreFixtures.teamIds().sample(r) != null
                && CoreFixtures.ticketIds().sample(r) != null);
        assertTrue(CoreFixtures.configurationItemIds().sample(r) != null
                && CoreFixtures.categories().sample(r) != null);
    }
}
