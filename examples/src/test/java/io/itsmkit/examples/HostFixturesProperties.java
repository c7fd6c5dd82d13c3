package io.itsmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.TicketRepositoryTck;
import io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository;
import io.itsmkit.core.ticket.spi.TicketRepository;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a host application uses the published testkit (the itsm-core test-jar): fixtures in its own
 * properties, and the TCK against its own adapter (here, the reference adapter stands in for it).
 */
class HostFixturesProperties {

    @Test
    void anyTicketSurvivesAStorageRoundTrip() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            TicketRepository repo = new InMemoryTicketRepository();
            Versioned<io.itsmkit.core.ticket.Ticket> v = repo.add(t);
            return repo.find(t.id()).orElseThrow().equals(v) && v.version() == 1;
        });
    }

    @Test
    void fixturesAlsoDrawFromAPlainRandomReproducibly() {
        assertEquals(
                CoreFixtures.tickets().sample(new SplittableRandom(2026)),
                CoreFixtures.tickets().sample(new SplittableRandom(2026)));
        assertNotEquals(
                CoreFixtures.tickets().sample(new SplittableRandom(2026)),
                CoreFixtures.tickets().sample(new SplittableRandom(2027)));
    }

    /** The host's adapter runs the whole TCK by extending it. */
    @Nested
    class HostAdapterTck extends TicketRepositoryTck {
        @Override
        protected TicketRepository newRepository() {
            return new InMemoryTicketRepository();
        }
    }
}
