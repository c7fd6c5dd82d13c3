package io.itsmkit.change.metrics;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.organisation.TeamId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A closed, reviewed change as metrics count it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the change
 * @param type its type
 * @param model its change model's name, not blank
 * @param team its assignment group, if any
 * @param items the configuration items it touched
 * @param services the services it affected
 * @param closedAt when it was closed
 * @param unauthorized whether it was made without an approved request (ServiceNow's unauthorized changes)
 * @param review its post-implementation review
 */
public record ClosedChange(
        ChangeId id,
        ChangeType type,
        String model,
        Optional<TeamId> team,
        Set<ConfigurationItemId> items,
        Set<ConfigurationItemId> services,
        Instant closedAt,
        boolean unauthorized,
        PostImplementationReview review) {
    /**
     * Validates and copies the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or holds null, or the model is
     *     blank
     * @param id see {@link #id()}
     * @param type see {@link #type()}
     * @param model see {@link #model()}
     * @param team see {@link #team()}
     * @param items see {@link #items()}
     * @param services see {@link #services()}
     * @param closedAt see {@link #closedAt()}
     * @param unauthorized see {@link #unauthorized()}
     * @param review see {@link #review()}
     */
    public ClosedChange {
        Checks.notNull(id, "closedChange.id");
        Checks.notNull(type, "closedChange.type");
        Checks.notBlank(model, "closedChange.model");
        Checks.notNull(team, "closedChange.team");
        items = copy(items, "closedChange.items");
        services = copy(services, "closedChange.services");
        Checks.notNull(closedAt, "closedChange.closedAt");
        Checks.notNull(review, "closedChange.review");
    }

    private static Set<ConfigurationItemId> copy(Set<ConfigurationItemId> ids, String path) {
        Checks.notNull(ids, path);
        for (ConfigurationItemId id : ids) {
            Checks.notNull(id, path + "[]");
        }
        return Set.copyOf(ids);
    }
}
