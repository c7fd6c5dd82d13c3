package io.itsmkit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTrailTest {
    private static final Instant T0 = Instant.parse("2026-01-10T12:00:00Z");

    private static AuditTrail threeEntries() {
        return AuditTrail.empty()
                .append(ActorId.of("alice"), T0, "ticketId INC-1", "priority.override", "3 -> 1: CEO's laptop")
                .append(ActorId.of("bob"), T0.plusSeconds(5), "ticketId INC-1", "state.change", "NEW -> IN_PROGRESS")
                .append(ActorId.of("carol"), T0.plusSeconds(9), "ticketId INC-1", "state.change", "");
    }

    /**
     * Every component of {@link AuditEntry}, found by reflection so a component added later is covered
     * too, at each of the three entries.
     */
    static Stream<Arguments> fieldChanges() {
        return Stream.of(AuditEntry.class.getRecordComponents())
                .flatMap(c -> Stream.of(0, 1, 2).map(index -> Arguments.of(c.getName(), index)));
    }

    /** A copy of {@code e} with one component changed to a different value of its type. */
    static AuditEntry withChanged(AuditEntry e, String component) {
        try {
            RecordComponent[] components = AuditEntry.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object v = components[i].getAccessor().invoke(e);
                values[i] = components[i].getName().equals(component) ? changed(v) : v;
            }
            return AuditEntry.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    private static Object changed(Object v) {
        if (v instanceof Long l) {
            return l + 1;
        }
        if (v instanceof Instant t) {
            return t.plusNanos(1);
        }
        if (v instanceof ActorId a) {
            return ActorId.of(a.value() + "-mallory");
        }
        if (v instanceof String text) {
            return text + "!";
        }
        throw new AssertionError("no change defined for " + v.getClass());
    }

    @Test
    void appendedTrailsVerify() {
        AuditTrail t = threeEntries();
        assertTrue(t.verify().isIntact());
        assertEquals(AuditTrail.GENESIS, t.entries().get(0).previousHash());
        assertEquals(t.entries().get(0).hash(), t.entries().get(1).previousHash());
        assertEquals(64, t.entries().get(2).hash().length());
        assertEquals(t, AuditTrail.of(t.entries()));
        assertEquals(t.hashCode(), AuditTrail.of(t.entries()).hashCode());
        assertTrue(AuditTrail.empty().verify().isIntact());
        assertFalse(t.equals(AuditTrail.empty()));
        assertTrue(AuditTrail.empty().toString().contains(AuditTrail.GENESIS));
        assertTrue(t.toString().startsWith("AuditTrail[3 entries, head "));
    }

    @ParameterizedTest(name = "changing {0} of entry {1} is found at entry {1}")
    @MethodSource("fieldChanges")
    void anySingleFieldChangeOfAnyEntryIsFound(String field, int index) {
        List<AuditEntry> entries = new ArrayList<>(threeEntries().entries());
        entries.set(index, withChanged(entries.get(index), field));
        AuditVerification v = AuditTrail.of(entries).verify();
        assertFalse(v.isIntact());
        assertEquals(OptionalLong.of(index), v.firstTampered());
        assertTrue(v.reason().isPresent());
    }

    @Test
    void removedReorderedOrInsertedEntriesAreFound() {
        List<AuditEntry> e = threeEntries().entries();
        assertEquals(
                OptionalLong.of(1),
                AuditTrail.of(List.of(e.get(0), e.get(2))).verify().firstTampered());
        assertEquals(
                OptionalLong.of(0),
                AuditTrail.of(List.of(e.get(1), e.get(0), e.get(2))).verify().firstTampered());
        assertEquals(OptionalLong.of(0), AuditTrail.of(e.subList(1, 3)).verify().firstTampered());
    }

    @Test
    void appendRulesAreEnforced() {
        AuditTrail t = threeEntries();
        ValidationException back =
                assertThrows(ValidationException.class, () -> t.append(ActorId.of("a"), T0, "s", "x", ""));
        assertEquals("chronological", back.violations().get(0).rule());
        Instant later = T0.plusSeconds(60);
        assertEquals("subject", path(() -> t.append(ActorId.of("a"), later, " ", "x", "")));
        assertEquals("action", path(() -> t.append(ActorId.of("a"), later, "s", " ", "")));
        assertEquals("actor", path(() -> t.append(null, later, "s", "x", "")));
        assertEquals("at", path(() -> t.append(ActorId.of("a"), null, "s", "x", "")));
        assertEquals("details", path(() -> t.append(ActorId.of("a"), later, "s", "x", null)));
        assertEquals("event", path(() -> t.append((Recorded<?>) null)));
        assertEquals(
                "entries[1]",
                path(() -> AuditTrail.of(java.util.Arrays.asList(t.entries().get(0), null))));
    }

    @Test
    void anEntryCanBeMadeFromAnyDomainEvent() {
        Ticket ticket = Ticket.open(
                        TicketKind.INCIDENT,
                        TicketDraft.of(
                                TicketId.of("INC-7"),
                                "VPN down",
                                PriorityDecision.derive(
                                        PriorityMatrices.ITIL,
                                        PriorityMatrices.ITIL.impacts().level(1),
                                        PriorityMatrices.ITIL.urgencies().level(1))),
                        Stamp.of(ActorId.of("desk"), T0.minusSeconds(60), T0))
                .transition(TicketState.IN_PROGRESS, Stamp.of(ActorId.of("bob"), T0.plusSeconds(30)));
        AuditTrail trail = AuditTrail.empty();
        for (Recorded<TicketEvent> e : ticket.timeline()) {
            trail = trail.append(e);
        }
        AuditEntry moved = trail.entries().get(1);
        assertEquals(ActorId.of("bob"), moved.actor());
        assertEquals(T0.plusSeconds(30), moved.at());
        assertEquals("ticketId INC-7", moved.subject());
        assertEquals("StateChanged", moved.action());
        assertEquals(
                "INC-7#2 occurred 2026-01-10T12:00:30Z StateChanged[from=NEW, to=IN_PROGRESS, hold=Optional.empty]",
                moved.details());
        assertEquals("Opened", trail.entries().get(0).action());
        assertEquals(T0, trail.entries().get(0).at(), "an audit entry is dated when the event was recorded");
        assertTrue(trail.verify().isIntact());
    }

    @Test
    void cuttingOffTheLastEntriesIsFoundAgainstACheckpoint() {
        AuditTrail full = threeEntries();
        AuditCheckpoint kept = full.checkpoint();
        assertEquals(new AuditCheckpoint(3, full.entries().get(2).hash()), kept);
        AuditTrail cut = AuditTrail.of(full.entries().subList(0, 2));
        assertTrue(cut.verify().isIntact(), "a chain cut at its end is self-consistent: verify() alone cannot see it");
        AuditVerification v = cut.verify(kept);
        assertFalse(v.isIntact());
        assertEquals(OptionalLong.of(2), v.firstTampered());
        assertTrue(v.reason().orElseThrow().contains("cut off"));
        // growing after the checkpoint is fine; a rewritten tail is not
        AuditTrail grown = full.append(ActorId.of("dave"), T0.plusSeconds(20), "ticketId INC-1", "export", "");
        assertTrue(grown.verify(kept).isIntact());
        AuditTrail rewritten =
                cut.append(ActorId.of("mallory"), T0.plusSeconds(20), "ticketId INC-1", "state.change", "");
        assertEquals(OptionalLong.of(2), rewritten.verify(kept).firstTampered());
        assertTrue(AuditTrail.empty().verify(AuditTrail.empty().checkpoint()).isIntact());
        assertEquals(
                OptionalLong.of(0),
                AuditTrail.empty()
                        .verify(new AuditCheckpoint(0, "f".repeat(64)))
                        .firstTampered());
        assertEquals("checkpoint.head", path(() -> new AuditCheckpoint(1, "xyz")));
        assertEquals("checkpoint.size", path(() -> new AuditCheckpoint(-1, AuditTrail.GENESIS)));
        assertEquals("expected", path(() -> full.verify(null)));
    }

    @Test
    void aTrailThatDoesNotVerifyRefusesAppends() {
        List<AuditEntry> e = new ArrayList<>(threeEntries().entries());
        e.set(1, withChanged(e.get(1), "details"));
        AuditTrail tampered = AuditTrail.of(e);
        StateChangeRefusedException refused = assertThrows(
                StateChangeRefusedException.class,
                () -> tampered.append(ActorId.of("a"), T0.plusSeconds(60), "s", "x", ""));
        assertEquals("intact-trail", refused.rule());
        assertEquals(
                OptionalLong.of(1), tampered.verify(threeEntries().checkpoint()).firstTampered());
    }

    @Test
    void versionsOfATrailShareNothingVisible() {
        AuditTrail base = threeEntries();
        AuditTrail a = base.append(ActorId.of("a"), T0.plusSeconds(60), "s", "first", "");
        AuditTrail b = base.append(ActorId.of("b"), T0.plusSeconds(60), "s", "second", "");
        assertEquals(3, base.entries().size());
        assertEquals("first", a.entries().get(3).action());
        assertEquals("second", b.entries().get(3).action());
        assertTrue(a.verify().isIntact() && b.verify().isIntact());
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }

    /** A trail and the index of the entry to tamper with. */
    record Tampering(AuditTrail trail, int index) {}

    /** Property: in any generated non-empty trail, editing the details of any one entry is caught at that entry. */
    @Test
    void tamperingAnyEntryOfAnyTrailIsPinpointed() {
        Sampler<Tampering> tamperings = r -> {
            AuditTrail trail = CoreFixtures.auditTrails().sample(r);
            while (trail.entries().isEmpty()) {
                trail = CoreFixtures.auditTrails().sample(r);
            }
            return new Tampering(trail, r.nextInt(trail.entries().size()));
        };
        qt().forAll(tamperings.gen()).check(t -> {
            List<AuditEntry> entries = new ArrayList<>(t.trail().entries());
            AuditEntry e = entries.get(t.index());
            entries.set(t.index(), withChanged(e, "details"));
            return t.trail().verify().isIntact()
                    && AuditTrail.of(entries).verify().firstTampered().equals(OptionalLong.of(t.index()));
        });
    }
}
