package io.itsmkit.core.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.HostFailureException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.timeline.Stamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceDetectorTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    private static final PriorityMatrix M = PriorityMatrices.ITIL;

    private static Ticket incident(String id, String ci, String category, long hoursAfter, TicketKind kind) {
        Classification c = Classification.NONE;
        if (ci != null) {
            c = c.withConfigurationItem(ConfigurationItemId.of(ci));
        }
        if (category != null) {
            c = c.withCategory(Category.of(category));
        }
        TicketDraft d = TicketDraft.of(
                        TicketId.of(id),
                        id,
                        PriorityDecision.derive(
                                M, M.impacts().level(2), M.urgencies().level(2)))
                .withClassification(c);
        return Ticket.open(kind, d, Stamp.of(ActorId.of("desk"), T0.plus(Duration.ofHours(hoursAfter))));
    }

    private static Ticket incident(String id, String ci, String category, long hoursAfter) {
        return incident(id, ci, category, hoursAfter, TicketKind.INCIDENT);
    }

    private final RecurrenceDetector threeIn24h =
            new RecurrenceDetector(Duration.ofHours(24), 3, Similarity.SAME_ITEM_AND_CATEGORY);

    @Test
    void threeAlikeIncidentsWithinTheWindowMakeACandidate() {
        List<ProblemCandidate> found = threeIn24h.detect(List.of(
                incident("I1", "db", "database", 0),
                incident("I2", "db", "database", 10),
                incident("I3", "db", "network", 11),
                incident("I4", "db", "database", 24),
                incident("I5", "mail", "database", 1)));
        assertEquals(1, found.size());
        ProblemCandidate c = found.get(0);
        assertEquals("item=db category=database", c.key());
        assertEquals(List.of(TicketId.of("I1"), TicketId.of("I2"), TicketId.of("I4")), c.incidents());
        assertEquals(T0, c.firstOpenedAt());
        assertEquals(T0.plus(Duration.ofHours(24)), c.lastOpenedAt());
    }

    @Test
    void theWindowIsClosedAtItsEndAndSlides() {
        assertEquals(
                List.of(),
                threeIn24h.detect(List.of(
                        incident("I1", "db", "database", 0),
                        incident("I2", "db", "database", 13),
                        incident("I3", "db", "database", 25))));
        List<ProblemCandidate> slid = threeIn24h.detect(List.of(
                incident("I1", "db", "database", 0),
                incident("I2", "db", "database", 20),
                incident("I3", "db", "database", 40),
                incident("I4", "db", "database", 50),
                incident("I5", "db", "database", 52)));
        assertEquals(
                List.of(TicketId.of("I3"), TicketId.of("I4"), TicketId.of("I5")),
                slid.get(0).incidents());
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<ProblemCandidate> found = threeIn24h.detect(List.of(
                incident("I4", "db", "database", 50),
                incident("I1", "db", "database", 0),
                incident("I3", "db", "database", 40),
                incident("I2", "db", "database", 45)));
        assertEquals(
                List.of(TicketId.of("I3"), TicketId.of("I2"), TicketId.of("I4")),
                found.get(0).incidents());
    }

    @Test
    void onlyIncidentsWithAKeyCount() {
        assertEquals(
                List.of(),
                threeIn24h.detect(List.of(
                        incident("I1", "db", "database", 0),
                        incident("R1", "db", "database", 1, TicketKind.SERVICE_REQUEST),
                        incident("I2", null, "database", 2),
                        incident("I3", "db", null, 3),
                        incident("I4", "db", "database", 4))));
    }

    @Test
    void similarityIsPluggable() {
        RecurrenceDetector byCategory = new RecurrenceDetector(
                Duration.ofHours(24), 2, t -> t.classification().category().map(c -> "category=" + c));
        List<ProblemCandidate> found = byCategory.detect(List.of(
                incident("I1", "db", "network", 0),
                incident("I2", "mail", "network", 5),
                incident("I3", "web", "email", 6)));
        assertEquals(1, found.size());
        assertEquals("category=network", found.get(0).key());
    }

    @Test
    void badSettingsAreRejected() {
        ValidationException t = assertThrows(
                ValidationException.class,
                () -> new RecurrenceDetector(Duration.ofHours(1), 1, Similarity.SAME_ITEM_AND_CATEGORY));
        assertEquals("threshold", t.violations().get(0).path());
        assertThrows(
                ValidationException.class,
                () -> new RecurrenceDetector(Duration.ZERO, 2, Similarity.SAME_ITEM_AND_CATEGORY));
        assertThrows(ValidationException.class, () -> new RecurrenceDetector(Duration.ofHours(1), 2, null));
        assertThrows(ValidationException.class, () -> threeIn24h.detect(null));
    }

    @Test
    void hugeWindowsAndIncidentsAtTheEndOfTimeAreExact() {
        RecurrenceDetector forever = new RecurrenceDetector(
                Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), 2, Similarity.SAME_ITEM_AND_CATEGORY);
        List<ProblemCandidate> found = forever.detect(
                List.of(incident("I1", "db", "database", 0), incident("I2", "db", "database", 24 * 365 * 100)));
        assertEquals(1, found.size());
        Ticket atTheEnd = Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.of(
                                TicketId.of("I9"),
                                "late",
                                PriorityDecision.derive(
                                        M, M.impacts().level(2), M.urgencies().level(2)))
                        .withClassification(Classification.NONE
                                .withConfigurationItem(ConfigurationItemId.of("db"))
                                .withCategory(Category.of("database"))),
                Stamp.of(ActorId.of("desk"), Instant.MAX));
        assertEquals(
                1,
                forever.detect(List.of(incident("I1", "db", "database", 0), atTheEnd))
                        .size());
        assertEquals(
                0,
                new RecurrenceDetector(Duration.ofHours(1), 2, Similarity.SAME_ITEM_AND_CATEGORY)
                        .detect(List.of(incident("I1", "db", "database", 0), atTheEnd))
                        .size());
    }

    @Test
    void aSimilarityAnsweringNullIsNamed() {
        RecurrenceDetector broken = new RecurrenceDetector(Duration.ofHours(1), 2, t -> null);
        HostFailureException e = assertThrows(
                HostFailureException.class, () -> broken.detect(List.of(incident("I1", "db", "database", 0))));
        assertEquals("similarity-answers", e.rule());
        assertEquals("similarity", e.plugin());
        assertEquals(io.itsmkit.core.error.ItsmException.Kind.HOST_FAILURE, e.kind());
        assertEquals(
                "incident",
                assertThrows(ValidationException.class, () -> Similarity.SAME_ITEM_AND_CATEGORY.keyOf(null))
                        .violations()
                        .get(0)
                        .path());
    }
}
