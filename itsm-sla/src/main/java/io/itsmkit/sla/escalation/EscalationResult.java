package io.itsmkit.sla.escalation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an escalation evaluation found: the actions to fire now (none already fired) and when a rule's
 * threshold will next be reached if nothing changes, so a host scheduler knows when to look again (any new
 * event of the ticket is a reason to look again too).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param fire the new actions, in rule order
 * @param nextEvaluationAt the next instant a running clock reaches a rule's threshold, if any
 */
public record EscalationResult(List<FiredAction> fire, Optional<Instant> nextEvaluationAt) {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null
     * @param fire see {@link #fire()}
     * @param nextEvaluationAt see {@link #nextEvaluationAt()}
     */
    public EscalationResult {
        fire = Checks.noNulls(fire, "result.fire");
        Checks.notNull(nextEvaluationAt, "result.nextEvaluationAt");
    }
}
