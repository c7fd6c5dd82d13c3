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
import java.util.TreeMap;

/**
 * Broken on purpose: it accepts a write whose expected version is ahead of the stored one ({@code <} where
 * {@code ==} was meant), and keeps its values in a list it hands out through a page (the page copies it, so
 * the TCK can check that the store is not shared mutable state).
 */
final class AheadVersionTicketRepository implements TicketRepository {
    private final TreeMap<TicketId, Versioned<Ticket>> store = new TreeMap<>();
    private final List<Versioned<Ticket>> all = new ArrayList<>();

    @Override
    public synchronized Optional<Versioned<Ticket>> find(TicketId key) {
        return Optional.ofNullable(store.get(Checks.notNull(key, "key")));
    }

    @Override
    public synchronized Versioned<Ticket> add(Ticket value) {
        Checks.notNull(value, "value");
        if (store.containsKey(value.id())) {
            throw new VersionConflictException(
                    value.id(), 0, store.get(value.id()).version());
        }
        Versioned<Ticket> v = new Versioned<>(value, 1);
        store.put(value.id(), v);
        all.add(v);
        return v;
    }

    @Override
    public synchronized Versioned<Ticket> replace(Ticket value, long expectedVersion) {
        Checks.notNull(value, "value");
        Checks.inRange(expectedVersion, 1, Long.MAX_VALUE - 1, "expectedVersion");
        Versioned<Ticket> current = store.get(value.id());
        if (current == null || current.version() > expectedVersion) {
            throw new VersionConflictException(value.id(), expectedVersion, current == null ? 0 : current.version());
        }
        Versioned<Ticket> next = new Versioned<>(value, expectedVersion + 1);
        store.put(value.id(), next);
        all.add(next);
        return next;
    }

    @Override
    public synchronized Page<TicketId, Ticket> findPage(PageRequest<TicketId> request) {
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
