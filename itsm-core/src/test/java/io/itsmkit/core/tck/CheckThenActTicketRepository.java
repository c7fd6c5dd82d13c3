package io.itsmkit.core.tck;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Broken on purpose: each write reads the stored version, compares, then writes, as two separate steps
 * (a SELECT then an UPDATE without a version predicate). The {@link Thread#yield()} between the two stands for
 * the round trip to a database, where the gap is milliseconds, not nanoseconds.
 */
final class CheckThenActTicketRepository implements TicketRepository {
    private final ConcurrentSkipListMap<TicketId, Versioned<Ticket>> store = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Versioned<Ticket>> find(TicketId key) {
        return Optional.ofNullable(store.get(Checks.notNull(key, "key")));
    }

    @Override
    public Versioned<Ticket> add(Ticket value) {
        Checks.notNull(value, "value");
        Versioned<Ticket> current = store.get(value.id());
        if (current != null) {
            throw new VersionConflictException(value.id(), 0, current.version());
        }
        Thread.yield();
        Versioned<Ticket> v = new Versioned<>(value, 1);
        store.put(value.id(), v);
        return v;
    }

    @Override
    public Versioned<Ticket> replace(Ticket value, long expectedVersion) {
        Checks.notNull(value, "value");
        Checks.inRange(expectedVersion, 1, Long.MAX_VALUE - 1, "expectedVersion");
        Versioned<Ticket> current = store.get(value.id());
        if (current == null || current.version() != expectedVersion) {
            throw new VersionConflictException(value.id(), expectedVersion, current == null ? 0 : current.version());
        }
        Thread.yield();
        Versioned<Ticket> next = new Versioned<>(value, expectedVersion + 1);
        store.put(value.id(), next);
        return next;
    }

    @Override
    public Page<TicketId, Ticket> findPage(PageRequest<TicketId> request) {
        Checks.notNull(request, "request");
        List<Versioned<Ticket>> page = new ArrayList<>();
        for (Versioned<Ticket> v : store.values()) {
            if (request.admits(v.value().id()) && page.size() < request.limit()) {
                page.add(v);
            }
        }
        return Page.of(request, page);
    }
}
