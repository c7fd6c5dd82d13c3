package io.itsmkit.change.approval;

import io.itsmkit.core.error.Checks;
import java.util.List;

/** The status of an approval step, or of all of a change's steps (GLPI's validation statuses). */
public enum ApprovalStatus {
    /** No approval was asked. */
    NONE,
    /** Not decided yet. */
    WAITING,
    /** Accepted. */
    ACCEPTED,
    /** Refused. */
    REFUSED;

    /**
     * Returns the overall status of several steps: any refused gives refused, else any waiting gives waiting,
     * else accepted; no step gives none (GLPI 11, {@code ValidationStep::getValidationStatusForTicket}).
     *
     * @param steps the statuses of the steps
     * @return the overall status
     * @throws io.itsmkit.core.error.ValidationException if the list is null or holds null
     */
    public static ApprovalStatus overall(List<ApprovalStatus> steps) {
        Checks.notNull(steps, "steps");
        ApprovalStatus out = steps.isEmpty() ? NONE : ACCEPTED;
        for (int i = 0; i < steps.size(); i++) {
            ApprovalStatus s = Checks.notNull(steps.get(i), "steps[" + i + "]");
            if (s == REFUSED) {
                return REFUSED;
            }
            if (s == WAITING) {
                out = WAITING;
            }
        }
        return out;
    }
}
