package io.itsmkit.core.recurrence;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.ticket.Classification;
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
     * Incidents on the same affected item (the configuration item, else the service) and in the same
     * category; incidents lacking either are not grouped.
     */
    Similarity SAME_ITEM_AND_CATEGORY = t -> {
        Classification c = Checks.notNull(t, "incident").classification();
        Optional<ConfigurationItemId> item = c.configurationItem().or(c::service);
        return item.isPresent() && c.category().isPresent()
                ? Optional.of("item=" + item.get() + " category=" + c.category().get())
                : Optional.empty();
    };

    /**
     * Returns the grouping key of an incident.
     *
     * @param incident an incident
     * @return its key, or empty to leave it out
     */
    Optional<String> keyOf(Ticket incident);
}
