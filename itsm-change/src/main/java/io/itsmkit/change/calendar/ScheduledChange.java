package io.itsmkit.change.calendar;

import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.util.Optional;
import java.util.Set;

/**
 * A change as the calendar sees it: which items it touches, when, and who carries it out.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the change
 * @param items the configuration items it touches, possibly none
 * @param window the planned window
 * @param assignee who carries it out, if known
 */
public record ScheduledChange(ChangeId id, Set<ConfigurationItemId> items, Window window, Optional<ActorId> assignee) {
    /**
     * Validates and copies the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the set holds null
     * @param id see {@link #id()}
     * @param items see {@link #items()}
     * @param window see {@link #window()}
     * @param assignee see {@link #assignee()}
     */
    public ScheduledChange {
        Checks.notNull(id, "scheduledChange.id");
        Checks.notNull(items, "scheduledChange.items");
        for (ConfigurationItemId i : items) {
            Checks.notNull(i, "scheduledChange.items[]");
        }
        items = Set.copyOf(items);
        Checks.notNull(window, "scheduledChange.window");
        Checks.notNull(assignee, "scheduledChange.assignee");
    }

    /**
     * Returns a change request as the calendar sees it; the implementer is the assignee.
     *
     * @param id the change's identifier
     * @param details its content, with a planned window
     * @return the scheduled change
     * @throws io.itsmkit.core.error.ValidationException with path {@code change.plannedWindow} if the change is
     *     not planned yet, or if an argument is null
     */
    public static ScheduledChange of(ChangeId id, ChangeDetails details) {
        Checks.notNull(id, "id");
        Checks.notNull(details, "details");
        Window w = details.plannedWindow()
                .orElseThrow(() -> new ValidationException(
                        "change.plannedWindow", "required", "none", "a change must be planned to be scheduled"));
        return new ScheduledChange(id, details.items(), w, details.implementer());
    }

    /**
     * Returns the same change at another time.
     *
     * @param window the new window
     * @return a copy with {@code window} replaced
     */
    public ScheduledChange withWindow(Window window) {
        return new ScheduledChange(id, items, window, assignee);
    }
}
