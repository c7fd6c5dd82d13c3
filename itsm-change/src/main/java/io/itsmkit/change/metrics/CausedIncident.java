package io.itsmkit.change.metrics;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.TicketId;

/**
 * An incident caused by a change, with its priority (1 the most severe, as ServiceNow's P1).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param incident the incident
 * @param priority from 1 (P1) to 5 (P5)
 */
public record CausedIncident(TicketId incident, int priority) {
    /**
     * Validates the components.
     *
     * @throws ValidationException if the incident is null or the priority not from 1 to 5
     * @param incident see {@link #incident()}
     * @param priority see {@link #priority()}
     */
    public CausedIncident {
        Checks.notNull(incident, "causedIncident.incident");
        if (priority < 1 || priority > 5) {
            throw new ValidationException("causedIncident.priority", "within-range", priority, "must be from 1 to 5");
        }
    }
}
