package io.itsmkit.core.ticket.inmemory;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The reference {@link TicketRepository}: a concurrent map, for tests, demos and small hosts.
 *
 * <p>Every write is one atomic map operation, so the version check and the store cannot interleave with
 * another writer.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class InMemoryTicketRepository implements TicketRepository {
    private final ConcurrentMap<TicketId, Versioned<Ticket>> store = new ConcurrentHashMap<>();

    /** Creates an empty repository. */
    public InMemoryTicketRepository() {}

    @Override
    public Optional<Versioned<Ticket>> find(TicketId id) {
        return Optional.ofNullable(store.get(Checks.notNull(id, "id")));
    }

    @Override
    public Versioned<Ticket> add(Ticket ticket) {
        Versioned<Ticket> stored = new Versioned<>(Checks.notNull(ticket, "ticket"), 1);
        Versioned<Ticket> before = store.putIfAbsent(ticket.id(), stored);
        if (before != null) {
            throw new VersionConflictException(ticket.id().value(), 0, before.version());
        }
        return stored;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // identity tells whether our new value is the one stored
    public Versioned<Ticket> replace(Ticket ticket, long expectedVersion) {
        Checks.notNull(ticket, "ticket");
        Versioned<Ticket> next = new Versioned<>(ticket, expectedVersion + 1);
        Versioned<Ticket> result = store.computeIfPresent(
                ticket.id(), (id, current) -> current.version() == expectedVersion ? next : current);
        if (result != next) {
            throw new VersionConflictException(
                    ticket.id().value(), expectedVersion, result == null ? 0 : result.version());
        }
        return next;
    }

    @Override
    public List<Versioned<Ticket>> findAll() {
        return store.values().stream()
                .sorted(Comparator.comparing(v -> v.value().id()))
                .collect(ImmutableList.toImmutableList());
    }
}
