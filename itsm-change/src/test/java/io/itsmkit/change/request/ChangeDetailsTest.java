package io.itsmkit.change.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeDetailsTest {
    private static final ActorId ANA = ActorId.of("ana");
    private static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    private static final ConfigurationItemId WEB = ConfigurationItemId.of("web");
    private static final Window WINDOW = Window.of(Instant.parse("2026-03-02T22:00:00Z"), Duration.ofHours(2));

    @Test
    void aBareRequestHasNothingButTypeTitleAndRequester() {
        ChangeDetails d = ChangeDetails.builder(ChangeType.NORMAL, "Patch the database", ANA)
                .build();
        assertEquals(ChangeType.NORMAL, d.type());
        assertEquals("Patch the database", d.title());
        assertEquals(ANA, d.requester());
        assertEquals(Set.of(), d.items());
        assertEquals(Optional.empty(), d.plannedWindow());
        assertEquals(Optional.empty(), d.implementationPlan());
        assertEquals(Optional.empty(), d.backoutPlan());
        assertEquals(Optional.empty(), d.testPlan());
        assertFalse(d.outage());
        assertEquals(Optional.empty(), d.implementer());
        assertEquals(Optional.empty(), d.assignmentGroup());
    }

    @Test
    void everythingAChangeNames() {
        ChangeDetails d = ChangeDetails.builder(ChangeType.EMERGENCY, "Fail over", ANA)
                .items(List.of(WEB, DB, WEB))
                .plannedWindow(WINDOW)
                .implementationPlan("promote the replica")
                .backoutPlan("demote it")
                .testPlan("run the smoke tests")
                .outage(true)
                .implementer(ActorId.of("bo"))
                .assignmentGroup(TeamId.of("dba"))
                .build();
        assertEquals(List.of(WEB, DB), List.copyOf(d.items()));
        assertEquals(Optional.of(WINDOW), d.plannedWindow());
        assertEquals(Optional.of("promote the replica"), d.implementationPlan());
        assertEquals(Optional.of("demote it"), d.backoutPlan());
        assertEquals(Optional.of("run the smoke tests"), d.testPlan());
        assertTrue(d.outage());
        assertEquals(Optional.of(ActorId.of("bo")), d.implementer());
        assertEquals(Optional.of(TeamId.of("dba")), d.assignmentGroup());
        assertEquals(d, d.toBuilder().build());
        ChangeDetails revised = d.toBuilder().outage(false).build();
        assertFalse(revised.outage());
        assertTrue(d.outage());
        assertThrows(UnsupportedOperationException.class, () -> d.items().add(DB));
    }

    @Test
    void badInputNamesTheField() {
        assertEquals(
                "change.title",
                violation(() -> ChangeDetails.builder(ChangeType.NORMAL, " ", ANA)
                                .build())
                        .path());
        assertEquals(
                "change.type",
                violation(() -> ChangeDetails.builder(null, "t", ANA).build()).path());
        assertEquals(
                "change.requester",
                violation(() -> ChangeDetails.builder(ChangeType.NORMAL, "t", null)
                                .build())
                        .path());
        ChangeDetails.Builder b = ChangeDetails.builder(ChangeType.NORMAL, "t", ANA);
        assertEquals("change.backoutPlan", violation(() -> b.backoutPlan("  ")).path());
        assertEquals("change.testPlan", violation(() -> b.testPlan("")).path());
        assertEquals(
                "change.implementationPlan",
                violation(() -> b.implementationPlan(null)).path());
        assertEquals(
                "change.items[]",
                violation(() -> b.items(Arrays.asList(DB, null))).path());
        assertEquals("change.items", violation(() -> b.items(null)).path());
        assertEquals(
                "change.plannedWindow", violation(() -> b.plannedWindow(null)).path());
        assertEquals("change.implementer", violation(() -> b.implementer(null)).path());
        assertEquals(
                "change.assignmentGroup",
                violation(() -> b.assignmentGroup(null)).path());
        assertEquals(
                "change.backoutPlan",
                violation(() -> new ChangeDetails(
                                ChangeType.NORMAL,
                                "t",
                                Set.of(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(" "),
                                Optional.empty(),
                                false,
                                ANA,
                                Optional.empty(),
                                Optional.empty()))
                        .path());
        for (int blank = 0; blank < 3; blank++) {
            Optional<String> none = Optional.empty();
            Optional<String> blankPlan = Optional.of(" ");
            final int k = blank;
            assertEquals(
                    List.of("change.implementationPlan", "change.backoutPlan", "change.testPlan")
                            .get(k),
                    violation(() -> new ChangeDetails(
                                    ChangeType.NORMAL,
                                    "t",
                                    Set.of(),
                                    Optional.empty(),
                                    k == 0 ? blankPlan : none,
                                    k == 1 ? blankPlan : none,
                                    k == 2 ? blankPlan : none,
                                    false,
                                    ANA,
                                    Optional.empty(),
                                    Optional.empty()))
                            .path());
        }
        assertEquals("changeId", violation(() -> ChangeId.of(" ")).path());
        assertEquals("CHG0030258", ChangeId.of("CHG0030258").toString());
    }

    private static Violation violation(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
