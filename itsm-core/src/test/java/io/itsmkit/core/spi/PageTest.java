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
        Versioned<Ticket> v = new Versioned<>(SORTED.get(0), 1);
        Versioned<Ticket> w = new Versioned<>(SORTED.get(1), 1);
        Versioned<Ticket> x = new Versioned<>(SORTED.get(2), 1);
        Page<TicketId, Ticket> full = Page.of(two, List.of(v, w));
        assertEquals(Optional.of(two.after(w.value().id())), full.next());
        assertEquals(Optional.empty(), Page.of(two, List.of(v)).next());
        assertEquals(Optional.empty(), Page.of(two, List.of()).next());
        assertEquals("items.size", path(() -> Page.of(two, List.of(v, w, x))));
        assertEquals("items[1]", path(() -> Page.of(two, java.util.Arrays.asList(v, null))));
    }

    @Test
    void aPageCannotContradictItself() {
        Versioned<Ticket> v = new Versioned<>(SORTED.get(0), 1);
        Versioned<Ticket> w = new Versioned<>(SORTED.get(1), 1);
        assertEquals("increasing-keys", rule(() -> new Page<>(List.of(w, v), Optional.empty())));
        assertEquals("increasing-keys", rule(() -> new Page<>(List.of(v, v), Optional.empty())));
        PageRequest<TicketId> two = PageRequest.first(2);
        assertEquals(
                "next-after-last",
                rule(() ->
                        new Page<>(List.of(v), Optional.of(two.after(v.value().id())))));
        assertEquals(
                "next-after-last",
                rule(() -> new Page<>(
                        List.of(v, w), Optional.of(two.after(v.value().id())))));
        assertEquals("next-after-last", rule(() -> new Page<>(List.of(), Optional.of(two))));
        assertEquals(
                Page.of(two, List.of(v, w)),
                new Page<>(List.of(v, w), Optional.of(two.after(w.value().id()))));
    }

    /** Three fixture tickets of distinct ids, in key order. */
    private static final List<Ticket> SORTED = CoreFixtures.tickets()
            .sampleList(new SplittableRandom(7), 50, 50)
            .stream()
            .collect(java.util.stream.Collectors.toMap(Ticket::id, t -> t, (a, b) -> a, java.util.TreeMap::new))
            .values()
            .stream()
            .limit(3)
            .toList();

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
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
