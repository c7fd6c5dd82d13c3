package io.itsmkit.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final Ticket T = CoreFixtures.tickets().sample(new SplittableRandom(1));

    @Test
    void aPageHasANextRequestExactlyWhenItIsFull() {
        PageRequest<TicketId> two = PageRequest.first(2);
        Versioned<Ticket> v = new Versioned<>(T, 1);
        Page<TicketId, Ticket> full = Page.of(two, List.of(v, v));
        assertEquals(Optional.of(two.after(T.id())), full.next());
        assertEquals(Optional.empty(), Page.of(two, List.of(v)).next());
        assertEquals(Optional.empty(), Page.of(two, List.of()).next());
        assertEquals("items.size", path(() -> Page.of(two, List.of(v, v, v))));
        assertEquals("items[1]", path(() -> Page.of(two, java.util.Arrays.asList(v, null))));
    }

    @Test
    void aPageCopiesItsItemsSoNoStoreStateIsShared() {
        List<Versioned<Ticket>> mutable = new ArrayList<>(List.of(new Versioned<>(T, 1)));
        Page<TicketId, Ticket> page = Page.of(PageRequest.first(5), mutable);
        mutable.clear();
        assertEquals(1, page.items().size());
        assertThrows(UnsupportedOperationException.class, () -> page.items().clear());
    }

    @Test
    void requestsAreValidatedAndAdmitKeysAfterTheirBound() {
        assertEquals("limit", path(() -> PageRequest.first(0)));
        assertEquals("limit", path(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1)));
        PageRequest<TicketId> after = PageRequest.<TicketId>first(5).after(TicketId.of("INC-5"));
        assertTrue(after.admits(TicketId.of("INC-6")));
        assertFalse(after.admits(TicketId.of("INC-5")));
        assertFalse(after.admits(TicketId.of("INC-4")));
        assertTrue(PageRequest.<TicketId>first(5).admits(TicketId.of("A")));
        assertEquals("key", path(() -> after.after(null)));
    }

    @Test
    void versionsStartAtOne() {
        assertEquals("version", path(() -> new Versioned<>(T, 0)));
        assertEquals("value", path(() -> new Versioned<>(null, 1)));
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }
}
