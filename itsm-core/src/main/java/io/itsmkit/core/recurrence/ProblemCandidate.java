package io.itsmkit.core.recurrence;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * Incidents similar enough and close enough in time to suggest an underlying problem.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param key what the incidents have in common, e.g. {@code "item=db-01 category=database"}
 * @param incidents the incidents in the densest window, oldest first
 * @param firstOpenedAt when the first of them was opened
 * @param lastOpenedAt when the last of them was opened
 */
public record ProblemCandidate(String key, List<TicketId> incidents, Instant firstOpenedAt, Instant lastOpenedAt) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param key see {@link #key()}
     * @param incidents see {@link #incidents()}
     * @param firstOpenedAt see {@link #firstOpenedAt()}
     * @param lastOpenedAt see {@link #lastOpenedAt()}
     */
    public ProblemCandidate {
        Checks.notNull(key, "key");
        incidents = Checks.noNulls(incidents, "incidents");
        Checks.notNull(firstOpenedAt, "firstOpenedAt");
        Checks.notNull(lastOpenedAt, "lastOpenedAt");
    }
}
