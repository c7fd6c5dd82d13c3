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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
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

    /** One way to change each field of an entry. */
    static Stream<Arguments> fieldChanges() {
        List<Arguments> out = new ArrayList<>();
        List<UnaryOperator<AuditEntry>> changes = List.of(
                e -> new AuditEntry(
                        e.sequence() + 1,
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at().plusNanos(1),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        ActorId.of("mallory"),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action() + "!",
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject() + "!",
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from() + "!",
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to() + "!",
                        e.note(),
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note() + "!",
                        e.previousHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        flip(e.previousHash()),
                        e.hash()),
                e -> new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.from(),
                        e.to(),
                        e.note(),
                        e.previousHash(),
                        flip(e.hash())));
        List<String> names =
                List.of("sequence", "at", "actor", "action", "subject", "from", "to", "note", "previousHash", "hash");
        for (int field = 0; field < changes.size(); field++) {
            for (int index = 0; index < 3; index++) {
                out.add(Arguments.of(names.get(field), index, changes.get(field)));
            }
        }
        return out.stream();
    }

    private static String flip(String hex) {
        return (hex.charAt(0) == '0' ? "1" : "0") + hex.substring(1);
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
    void anySingleFieldChangeOfAnyEntryIsFound(String field, int index, UnaryOperator<AuditEntry> change) {
        List<AuditEntry> entries = new ArrayList<>(threeEntries().entries());
        entries.set(index, change.apply(entries.get(index)));
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
            entries.set(
                    t.index(),
                    new AuditEntry(
                            e.sequence(),
                            e.at(),
                            e.actor(),
                            e.action(),
                            e.subject(),
                            e.from(),
                            e.to(),
                            e.note() + " (edited)",
                            e.previousHash(),
                            e.hash()));
            return t.trail().verify().isIntact()
                    && AuditTrail.of(entries).verify().firstTampered().equals(OptionalLong.of(t.index()));
        });
    }
}
