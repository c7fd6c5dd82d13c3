package io.itsmkit.core.ticket;

import static io.itsmkit.core.ticket.TicketFixtures.ALICE;
import static io.itsmkit.core.ticket.TicketFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.timeline.Stamp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketEventTest {

    @Test
    void aHoldGoesWithOnHoldOnly() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new TicketEvent.StateChanged(
                        TicketState.NEW, TicketState.IN_PROGRESS, Optional.of(Hold.of(OnHoldReason.AWAITING_CALLER))));
        assertEquals("hold-iff-on-hold", e.violations().get(0).rule());
        assertThrows(
                ValidationException.class,
                () -> new TicketEvent.StateChanged(TicketState.NEW, TicketState.ON_HOLD, Optional.empty()));
    }

    @Test
    void eventsAtTheSameInstantKeepTheOrderTheyWereRecordedIn() {
        Stamp same = Stamp.of(ALICE, T0);
        Ticket t = TicketFixtures.incident()
                .transition(TicketState.IN_PROGRESS, same)
                .recordFirstResponse(same);
        assertEquals(
                List.of(TicketEvent.Opened.class, TicketEvent.StateChanged.class, TicketEvent.FirstResponded.class),
                t.timeline().events().stream().map(r -> r.event().getClass()).toList());
        assertEquals(
                List.of(1L, 2L, 3L),
                t.timeline().events().stream().map(r -> r.id().sequence()).toList());
    }

    @Test
    void componentsAreRequired() {
        assertEquals(
                "event.kind",
                path(() -> new TicketEvent.Opened(null, "t", TicketFixtures.medium(), Classification.NONE)));
        assertEquals(
                "event.classification",
                path(() -> new TicketEvent.Opened(TicketKind.INCIDENT, "t", TicketFixtures.medium(), null)));
        assertEquals("event.supplier", path(() -> new TicketEvent.SupplierEngaged(null)));
        assertEquals("event.supplier", path(() -> new TicketEvent.SupplierReturned(null)));
        assertEquals(
                "event.hold", path(() -> new TicketEvent.StateChanged(TicketState.NEW, TicketState.ON_HOLD, null)));
        assertEquals("hold.reason", path(() -> Hold.of(null)));
        assertEquals("hold.waitingOn", path(() -> Hold.of(OnHoldReason.AWAITING_VENDOR, null)));
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }
}
