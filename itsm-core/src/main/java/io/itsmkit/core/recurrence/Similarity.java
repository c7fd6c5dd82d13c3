package io.itsmkit.core.recurrence;

import io.itsmkit.core.ticket.Ticket;
import java.util.Optional;

/**
 * Decides which incidents are alike: incidents with equal keys are counted together. Pluggable, so a
 * host can group by service, by CI class, or by a text-similarity bucket of its own.
 *
 * <p>Implementations must be pure functions of the ticket.
 */
@FunctionalInterface
public interface Similarity {
    /**
     * Incidents on the same affected item and in the same category; incidents lacking either are not
     * grouped.
     */
    Similarity SAME_ITEM_AND_CATEGORY =
            t -> t.affectedItem().isPresent() && t.category().isPresent()
                    ? Optional.of("item=" + t.affectedItem().get() + " category="
                            + t.category().get())
                    : Optional.empty();

    /**
     * Returns the grouping key of an incident.
     *
     * @param incident an incident
     * @return its key, or empty to leave it out
     */
    Optional<String> keyOf(Ticket incident);
}
