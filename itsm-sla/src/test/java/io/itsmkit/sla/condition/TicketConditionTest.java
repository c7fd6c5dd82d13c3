package io.itsmkit.sla.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.clock.ClockEvaluator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketConditionTest {
    private static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static Ticket ticket() {
        ActorId a = ActorId.of("a");
        return Ticket.open(
                        TicketKind.SERVICE_REQUEST,
                        TicketDraft.of(
                                        TicketId.of("REQ-1"),
                                        "laptop",
                                        PriorityDecision.derive(
                                                ITIL,
                                                ITIL.impacts().level(1),
                                                ITIL.urgencies().level(2)))
                                .withClassification(Classification.NONE
                                        .withService(ConfigurationItemId.of("mail"))
                                        .withConfigurationItem(ConfigurationItemId.of("srv-1"))
                                        .withCategory(Category.of("hardware"))
                                        .withCustomer(CustomerId.of("acme"))
                                        .withVip(true)),
                        Stamp.of(a, T))
                .assign(Assignment.toTeam(TeamId.of("desk")), Stamp.of(a, T))
                .engageSupplier(SupplierId.of("telco"), Stamp.of(a, T))
                .recordFirstResponse(Stamp.of(a, T))
                .putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), Stamp.of(a, T));
    }

    @Test
    void everyConditionTestsWhatItDescribes() {
        TicketView v = ClockEvaluator.DEFAULT.ticketAsOf(ticket().timeline(), T);
        List<TicketCondition> holding = List.of(
                TicketCondition.opened(),
                TicketCondition.happened(TicketEventKind.SUPPLIER_ENGAGED),
                TicketCondition.inState(TicketState.ON_HOLD),
                TicketCondition.onHold(OnHoldReason.AWAITING_CALLER),
                TicketCondition.firstResponded(),
                TicketCondition.assignedTo(TeamId.of("desk")),
                TicketCondition.engaged(SupplierId.of("telco")),
                TicketCondition.ofKind(TicketKind.SERVICE_REQUEST),
                TicketCondition.service(ConfigurationItemId.of("mail")),
                TicketCondition.configurationItem(ConfigurationItemId.of("srv-1")),
                TicketCondition.category(Category.of("hardware")),
                TicketCondition.customer(CustomerId.of("acme")),
                TicketCondition.vip(),
                TicketCondition.priorityAtLeast(ITIL.priorities().level(2)),
                TicketCondition.anyOf(TicketCondition.never(), TicketCondition.vip()),
                TicketCondition.allOf(TicketCondition.vip(), TicketCondition.firstResponded()),
                TicketCondition.not(TicketCondition.never()),
                TicketCondition.named("waiting", TicketCondition.vip()));
        List<TicketCondition> failing = List.of(
                TicketCondition.never(),
                TicketCondition.happened(TicketEventKind.REOPENED),
                TicketCondition.inState(TicketState.NEW, TicketState.RESOLVED),
                TicketCondition.onHold(OnHoldReason.AWAITING_CHANGE),
                TicketCondition.assignedTo(TeamId.of("network")),
                TicketCondition.engaged(SupplierId.of("other")),
                TicketCondition.ofKind(TicketKind.INCIDENT),
                TicketCondition.service(ConfigurationItemId.of("web")),
                TicketCondition.configurationItem(ConfigurationItemId.of("srv-2")),
                TicketCondition.category(Category.of("network")),
                TicketCondition.customer(CustomerId.of("other")),
                TicketCondition.priorityAtLeast(ITIL.priorities().level(1)),
                TicketCondition.priorityAtLeast(
                        PriorityMatrices.GLPI.priorities().level(1)),
                TicketCondition.anyOf(TicketCondition.never(), TicketCondition.not(TicketCondition.vip())),
                TicketCondition.allOf(TicketCondition.vip(), TicketCondition.never()));
        holding.forEach(c -> assertTrue(c.test(v), c.describe()));
        failing.forEach(c -> assertFalse(c.test(v), c.describe()));
    }

    @Test
    void descriptionsAndLevels() {
        assertEquals(
                "state in [CLOSED, RESOLVED]",
                TicketCondition.inState(TicketState.RESOLVED, TicketState.CLOSED)
                        .describe());
        assertEquals(
                "on hold [awaiting-caller]",
                TicketCondition.onHold(OnHoldReason.AWAITING_CALLER).describe());
        assertEquals(
                "(VIP caller or not (never))",
                TicketCondition.anyOf(TicketCondition.vip(), TicketCondition.not(TicketCondition.never()))
                        .describe());
        assertEquals(
                "(VIP caller and first response given)",
                TicketCondition.allOf(TicketCondition.vip(), TicketCondition.firstResponded())
                        .describe());
        assertEquals(
                "mine", TicketCondition.named("mine", TicketCondition.opened()).describe());
        assertEquals("event OPENED", TicketCondition.opened().describe());
        assertFalse(TicketCondition.opened().isLevel());
        assertFalse(TicketCondition.not(TicketCondition.opened()).isLevel());
        assertFalse(TicketCondition.anyOf(TicketCondition.vip(), TicketCondition.opened())
                .isLevel());
        assertFalse(TicketCondition.allOf(TicketCondition.vip(), TicketCondition.opened())
                .isLevel());
        assertFalse(TicketCondition.named("x", TicketCondition.opened()).isLevel());
        assertTrue(TicketCondition.allOf(TicketCondition.vip(), TicketCondition.never())
                .isLevel());
        assertTrue(TicketCondition.vip().isLevel());
    }

    @Test
    void badInputNamesTheField() {
        ValidationException empty = assertThrows(ValidationException.class, () -> TicketCondition.inState());
        assertEquals("not-empty", empty.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> TicketCondition.onHold());
        assertThrows(ValidationException.class, () -> TicketCondition.anyOf());
        assertThrows(ValidationException.class, () -> TicketCondition.allOf());
        assertThrows(ValidationException.class, () -> TicketCondition.inState((TicketState) null));
        assertThrows(
                ValidationException.class, () -> new TicketCondition.AnyOf(Arrays.asList(TicketCondition.vip(), null)));
        assertThrows(ValidationException.class, () -> TicketCondition.named(" ", TicketCondition.vip()));
        assertThrows(ValidationException.class, () -> new TicketCondition.OnHold(Set.of()));
        assertThrows(ValidationException.class, () -> TicketCondition.assignedTo(null));
    }

    @Test
    void eventKindsOfEveryEvent() {
        Ticket t = ticket();
        assertEquals(
                TicketEventKind.OPENED, TicketEventKind.of(t.timeline().first().event()));
        assertEquals(
                TicketEventKind.STATE_CHANGED,
                TicketEventKind.of(t.timeline().last().event()));
        assertEquals(TicketEventKind.FIRST_RESPONDED, TicketEventKind.of(new TicketEvent.FirstResponded()));
        assertEquals(TicketEventKind.CALLER_REPLIED, TicketEventKind.of(new TicketEvent.CallerReplied()));
        assertEquals(
                TicketEventKind.SUPPLIER_RETURNED,
                TicketEventKind.of(new TicketEvent.SupplierReturned(SupplierId.of("s"))));
        assertEquals(
                TicketEventKind.ASSIGNMENT_CHANGED,
                TicketEventKind.of(new TicketEvent.AssignmentChanged(
                        Optional.empty(), Optional.of(Assignment.toTeam(TeamId.of("x"))))));
        assertEquals(
                TicketEventKind.HOLD_CHANGED,
                TicketEventKind.of(new TicketEvent.HoldChanged(
                        Hold.of(OnHoldReason.AWAITING_CALLER), Hold.of(OnHoldReason.AWAITING_CHANGE))));
        assertEquals(
                TicketEventKind.RECLASSIFIED,
                TicketEventKind.of(
                        new TicketEvent.Reclassified(Classification.NONE, Classification.NONE.withVip(true))));
        assertEquals(
                TicketEventKind.SUPPLIER_ENGAGED,
                TicketEventKind.of(new TicketEvent.SupplierEngaged(SupplierId.of("s"))));
        assertThrows(ValidationException.class, () -> TicketEventKind.of(null));
    }
}
