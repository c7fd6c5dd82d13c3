package io.itsmkit.core.inmemory;

import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.testkit.AppendOnlyStoreTck;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.timeline.Timeline;

/** The reference append-only store passes the whole TCK with ticket timelines. */
class InMemoryAppendOnlyStoreTest extends AppendOnlyStoreTck<TicketId, TicketEvent> {
    @Override
    protected AppendOnlyStore<TicketId, TicketEvent> newStore() {
        return new InMemoryAppendOnlyStore<>();
    }

    @Override
    protected Sampler<Timeline<TicketEvent>> timelines() {
        return CoreFixtures.tickets().map(t -> t.timeline());
    }

    @Override
    protected TicketId keyOf(Timeline<TicketEvent> timeline) {
        return (TicketId) timeline.stream();
    }
}
