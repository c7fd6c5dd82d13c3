package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A named maintenance or blackout schedule (ServiceNow's {@code cmn_schedule} of type maintenance or
 * blackout): the items it applies to and when, as recurring and one-off windows.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the schedule's name, not blank
 * @param scope the items it applies to
 * @param recurring the recurring windows, possibly none
 * @param windows the one-off windows, possibly none
 */
public record Schedule(String name, Scope scope, List<RecurringWindow> recurring, List<Window> windows) {
    /**
     * Validates and copies the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null, a list holds null or the
     *     name is blank
     * @param name see {@link #name()}
     * @param scope see {@link #scope()}
     * @param recurring see {@link #recurring()}
     * @param windows see {@link #windows()}
     */
    public Schedule {
        Checks.notBlank(name, "schedule.name");
        Checks.notNull(scope, "schedule.scope");
        Checks.notNull(recurring, "schedule.recurring");
        Checks.notNull(windows, "schedule.windows");
        for (int i = 0; i < recurring.size(); i++) {
            Checks.notNull(recurring.get(i), "schedule.recurring[" + i + "]");
        }
        for (int i = 0; i < windows.size(); i++) {
            Checks.notNull(windows.get(i), "schedule.windows[" + i + "]");
        }
        recurring = List.copyOf(recurring);
        windows = List.copyOf(windows);
    }

    /**
     * Returns the schedule's windows that overlap a range, whole and merged.
     *
     * @param range the range
     * @return the union of the recurring occurrences and one-off windows overlapping {@code range}
     * @throws io.itsmkit.core.error.ValidationException if the range is null, or not within the calendar
     *     horizon while the schedule has recurring windows
     */
    public Windows windowsOverlapping(Window range) {
        Checks.notNull(range, "range");
        List<Window> all = new ArrayList<>();
        for (RecurringWindow r : recurring) {
            all.addAll(r.occurrencesOverlapping(range));
        }
        for (Window w : windows) {
            if (w.overlaps(range)) {
                all.add(w);
            }
        }
        return Windows.of(all);
    }
}
