package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.VersionConflictException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.ticket.spi.TicketRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compatibility test kit of {@link TicketRepository}: extend it, implement {@link #newRepository()},
 * and every rule of the contract runs against your adapter.
 *
 * <p>Each test gets a fresh, empty repository. Rule-named methods: {@code required_...} rules hold for
 * every adapter.
 */
public abstract class TicketRepositoryTck {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private TicketRepository repo;

    /**
     * Creates a new, empty repository for one test.
     *
     * @return the adapter under test
     */
    protected abstract TicketRepository newRepository();

    /** Creates the repository of the next test. */
    @BeforeEach
    void freshRepository() {
        repo = newRepository();
    }

    private static Ticket ticket(String id) {
        Ticket sample = CoreFixtures.tickets().sample(new SplittableRandom(id.hashCode()));
        return Ticket.open(
                        sample.kind(),
                        io.itsmkit.core.ticket.TicketDraft.builder()
                                .id(TicketId.of(id))
                                .title(sample.title())
                                .priority(sample.priority())
                                .build(),
                        ActorId.of("tck"),
                        T0)
                .value();
    }

    @Test
    void required_addedTicketIsFoundAtVersionOne() {
        Ticket t = ticket("INC-1");
        Versioned<Ticket> stored = repo.add(t);
        assertEquals(new Versioned<>(t, 1), stored);
        assertEquals(Optional.of(stored), repo.find(t.id()));
    }

    @Test
    void required_unknownIdIsNotFound() {
        assertEquals(Optional.empty(), repo.find(TicketId.of("INC-404")));
    }

    @Test
    void required_addingAnExistingIdConflictsAndChangesNothing() {
        Ticket t = ticket("INC-1");
        repo.add(t);
        Ticket other =
                t.transition(TicketState.IN_PROGRESS, ActorId.of("tck"), T0).value();
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.add(other));
        assertEquals(0, e.expectedVersion());
        assertEquals(1, e.actualVersion());
        assertEquals(Optional.of(new Versioned<>(t, 1)), repo.find(t.id()));
    }

    @Test
    void required_replaceAtCurrentVersionStoresNextVersion() {
        Ticket t = ticket("INC-1");
        repo.add(t);
        Ticket next =
                t.transition(TicketState.IN_PROGRESS, ActorId.of("tck"), T0).value();
        assertEquals(new Versioned<>(next, 2), repo.replace(next, 1));
        assertEquals(Optional.of(new Versioned<>(next, 2)), repo.find(t.id()));
    }

    @Test
    void required_staleReplaceConflictsAndChangesNothing() {
        Ticket t = ticket("INC-1");
        repo.add(t);
        Ticket first =
                t.transition(TicketState.IN_PROGRESS, ActorId.of("a"), T0).value();
        Ticket second = t.transition(TicketState.CANCELLED, ActorId.of("b"), T0).value();
        repo.replace(first, 1);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.replace(second, 1));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(Optional.of(new Versioned<>(first, 2)), repo.find(t.id()));
    }

    @Test
    void required_replaceOfMissingTicketConflictsWithVersionZero() {
        Ticket t = ticket("INC-1");
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> repo.replace(t, 1));
        assertEquals(0, e.actualVersion());
        assertEquals(Optional.empty(), repo.find(t.id()));
    }

    @Test
    void required_findAllListsEveryTicketInIdOrder() {
        repo.add(ticket("INC-3"));
        repo.add(ticket("INC-1"));
        repo.add(ticket("INC-2"));
        assertEquals(
                List.of("INC-1", "INC-2", "INC-3"),
                repo.findAll().stream().map(v -> v.value().id().value()).toList());
    }

    @Test
    void required_nullArgumentsAreValidationErrors() {
        assertThrows(ValidationException.class, () -> repo.find(null));
        assertThrows(ValidationException.class, () -> repo.add(null));
        assertThrows(ValidationException.class, () -> repo.replace(null, 1));
    }

    @Test
    void required_concurrentWritersOnOneVersionExactlyOneWins() throws Exception {
        Ticket t = ticket("INC-1");
        repo.add(t);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Ticket mine = t.assign(Assignment.toTeam(TeamId.of("team-" + w)), ActorId.of("w" + w), T0)
                        .value();
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        repo.replace(mine, 1);
                        return true;
                    } catch (VersionConflictException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, wins);
            assertEquals(2, repo.find(t.id()).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void required_concurrentRetryingWritersLoseNothing() throws Exception {
        Ticket t = ticket("INC-1");
        repo.add(t);
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        while (true) {
                            Versioned<Ticket> current = repo.find(t.id()).orElseThrow();
                            Ticket next = current.value()
                                    .assign(
                                            Assignment.toTeam(TeamId.of("team-" + writer)),
                                            ActorId.of("w" + writer),
                                            T0)
                                    .value();
                            try {
                                repo.replace(next, current.version());
                                break;
                            } catch (VersionConflictException retry) {
                                // another writer won this round: read again
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Versioned<Ticket> last = repo.find(t.id()).orElseThrow();
        assertEquals(1 + writers * each, last.version());
        assertEquals(1 + writers * each, last.value().timeline().events().size());
        assertTrue(last.value().assignment().isPresent());
    }
}
