package io.itsmkit.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.ticket.TicketId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorsTest {

    @Test
    void checksNameTheFieldAndRule() {
        assertEquals("x", Checks.notNull("x", "f"));
        Violation v = assertThrows(ValidationException.class, () -> Checks.notNull(null, "ticket.title"))
                .violations()
                .get(0);
        assertEquals(new Violation("ticket.title", "required", "null", "is required and must not be null"), v);
        assertEquals(
                "ticket.title: is required and must not be null [rule=required, value=null]",
                assertThrows(ValidationException.class, () -> Checks.notNull(null, "ticket.title"))
                        .getMessage());
        assertEquals(
                "not-blank",
                assertThrows(ValidationException.class, () -> Checks.notBlank(" ", "t"))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals("ok", Checks.notBlank("ok", "t"));
        assertEquals(0, Checks.notNegative(0, "n"));
        assertEquals(7, Checks.notNegative(7, "n"));
        assertEquals(
                "not-negative",
                assertThrows(ValidationException.class, () -> Checks.notNegative(-1, "n"))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(Duration.ZERO, Checks.notNegative(Duration.ZERO, "d"));
        assertThrows(ValidationException.class, () -> Checks.notNegative(Duration.ofNanos(-1), "d"));
        assertThrows(ValidationException.class, () -> Checks.notNegative((Duration) null, "d"));
        assertEquals(Duration.ofNanos(1), Checks.positive(Duration.ofNanos(1), "d"));
        assertEquals(
                "positive",
                assertThrows(ValidationException.class, () -> Checks.positive(Duration.ZERO, "d"))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(ValidationException.class, () -> Checks.positive(Duration.ofSeconds(-1), "d"));
    }

    @Test
    void aCollectorListsAtMostAHundredViolationsAndCountsTheRest() {
        Checks.Collector c = Checks.collector();
        for (int i = 0; i < 100_000; i++) {
            c.require(false, "windows[" + i + "]", "bad", i, "is bad");
        }
        ValidationException e = assertThrows(ValidationException.class, c::throwIfAny);
        assertEquals(Checks.Collector.MAX_REPORTED + 1, e.violations().size());
        Violation last = e.violations().get(Checks.Collector.MAX_REPORTED);
        assertEquals("more-violations", last.rule());
        assertEquals("99900", last.offendingValue());
        assertTrue(e.getMessage().length() < 10_000, "the message stays small");
        assertEquals(Checks.Collector.MAX_REPORTED, c.violations().size());
    }

    @Test
    void collectorReportsEverythingAtOnce() {
        Checks.Collector c = Checks.collector()
                .require(true, "a", "r1", 1, "fine")
                .require(false, "b", "r2", 2, "bad b")
                .require(false, "c", "r3", null, "bad c");
        assertEquals(2, c.violations().size());
        ValidationException e = assertThrows(ValidationException.class, c::throwIfAny);
        assertEquals("2 violations: b: bad b [rule=r2, value=2]; c: bad c [rule=r3, value=null]", e.getMessage());
        Checks.collector().throwIfAny();
        ValidationException empty = assertThrows(ValidationException.class, () -> new ValidationException(List.of()));
        assertEquals("violations", empty.violations().get(0).path());
        ValidationException withNull = assertThrows(
                ValidationException.class, () -> new ValidationException(java.util.Arrays.asList((Violation) null)));
        assertEquals("not-empty-no-null", withNull.violations().get(0).rule());
        assertEquals(
                "violation.path",
                assertThrows(ValidationException.class, () -> new Violation(null, "r", "v", "m"))
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void exceptionFamily() {
        IllegalTransitionException t = new IllegalTransitionException("incident INC-1", "NEW", "CLOSED", "why");
        assertEquals("incident INC-1: cannot go from NEW to CLOSED: why", t.getMessage());
        assertEquals("lifecycle", t.rule());
        assertEquals(ItsmException.Kind.REFUSED, t.kind());
        StateChangeRefusedException r =
                new StateChangeRefusedException("incident INC-1", "open-ticket", "it is CLOSED");
        assertEquals("incident INC-1: it is CLOSED (rule: open-ticket; nothing was changed)", r.getMessage());
        assertEquals(ItsmException.Kind.REFUSED, r.kind());
        VersionConflictException v = new VersionConflictException(TicketId.of("INC-1"), 3, 4);
        assertEquals(TicketId.of("INC-1"), v.key());
        assertEquals(ItsmException.Kind.CONFLICT, v.kind());
        assertEquals(
                "ticketId INC-1: version conflict: expected version 3 but the stored version is 4"
                        + " (rule: optimistic-concurrency; nothing was written)",
                v.getMessage());
        assertEquals(
                "key",
                assertThrows(ValidationException.class, () -> new VersionConflictException(null, 1, 2))
                        .violations()
                        .get(0)
                        .path());
        MissingAttributeException m = new MissingAttributeException("id", "title", "priority");
        assertEquals(
                List.of("id", "title", "priority"),
                m.violations().stream().map(Violation::path).toList());
        assertEquals(ItsmException.Kind.INVALID_INPUT, m.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " INC-1", "INC-1 ", "INC\n1"})
    void badIdentifiersAreRejected(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> TicketId.of(text));
        assertEquals("ticketId", e.violations().get(0).path());
    }

    @Test
    void identifiers() {
        assertEquals(
                "max-length",
                assertThrows(ValidationException.class, () -> TicketId.of("x".repeat(Identifier.MAX_LENGTH + 1)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "x".repeat(Identifier.MAX_LENGTH),
                TicketId.of("x".repeat(Identifier.MAX_LENGTH)).value());
        assertEquals(
                "required",
                assertThrows(ValidationException.class, () -> TicketId.of(null))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals("INC-1", TicketId.of("INC-1").toString());
        assertEquals(TicketId.of("A"), TicketId.of("A"));
        assertNotEquals(TicketId.of("A"), ActorId.of("A"));
        assertEquals("configurationItemId", ConfigurationItemId.of("x").kind());
        assertTrue(TicketId.of("A").compareTo(TicketId.of("B")) < 0);
        assertTrue(ActorId.of("Z").compareTo(TicketId.of("A")) < 0);
        assertEquals(ActorId.of("system"), ActorId.SYSTEM);
    }
}
