package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.TicketEvent;
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
    void ticketsAreConsistentWithTheirTimeline() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            TicketEvent last = t.timeline().last();
            long reopens = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .filter(TicketEvent.StateChanged::isReopen)
                    .count();
            TicketEvent.StateChanged lastMove = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .reduce((a, b) -> b)
                    .orElse(null);
            return !last.at().isBefore(t.openedAt())
                    && reopens == t.reopenCount()
                    && (lastMove == null ? t.state().name().equals("NEW") : lastMove.to() == t.state());
        });
    }

    @Test
    void problemsEndOnlyWithAResolution() {
        qt().forAll(CoreFixtures.problems().gen())
                .check(p -> p.resolution().isPresent()
                        == (p.state().name().equals("RESOLVED") || Lifecycles.PROBLEM.isFinal(p.state())));
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
