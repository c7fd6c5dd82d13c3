package io.itsmkit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
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
                .append(T0, ActorId.of("alice"), "priority.override", "INC-1", "3", "1", "CEO's laptop")
                .append(T0.plusSeconds(5), ActorId.of("bob"), "state.change", "INC-1", "NEW", "IN_PROGRESS", "")
                .append(T0.plusSeconds(9), ActorId.of("carol"), "state.change", "INC-1", "IN_PROGRESS", "RESOLVED", "");
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
                assertThrows(ValidationException.class, () -> t.append(T0, ActorId.of("a"), "x", "s", "", "", ""));
        assertEquals("chronological", back.violations().get(0).rule());
        assertThrows(
                ValidationException.class, () -> t.append(T0.plusSeconds(60), ActorId.of("a"), " ", "s", "", "", ""));
        assertThrows(
                ValidationException.class, () -> t.append(T0.plusSeconds(60), ActorId.of("a"), "x", " ", "", "", ""));
        assertThrows(ValidationException.class, () -> t.append(T0.plusSeconds(60), null, "x", "s", "", "", ""));
        assertThrows(
                ValidationException.class, () -> t.append(T0.plusSeconds(60), ActorId.of("a"), "x", "s", null, "", ""));
        assertThrows(
                ValidationException.class,
                () -> AuditTrail.of(java.util.Arrays.asList(t.entries().get(0), null)));
    }

    /** A trail and the index of the entry to tamper with. */
    record Tampering(AuditTrail trail, int index) {}

    /** Property: in any generated non-empty trail, editing the note of any one entry is caught at that entry. */
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
            entries.set(t.index(), withChanged(e, "note"));
            return t.trail().verify().isIntact()
                    && AuditTrail.of(entries).verify().firstTampered().equals(OptionalLong.of(t.index()));
        });
    }
}
