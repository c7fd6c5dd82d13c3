package io.itsmkit.sla.escalation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.sla.agreement.AgreementId;
import java.time.Instant;
import java.util.List;

/**
 * An escalation that fired: which ticket, agreement, metric, clock cycle and rule, when its threshold was
 * reached, and whom to notify. The host stores what it fired and passes it back, so nothing fires twice: two
 * fired actions with equal {@link #key()}s are the same escalation.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param agreement the agreement
 * @param metric the metric
 * @param cycle the clock's cycle (a new cycle escalates afresh)
 * @param rule the rule's name
 * @param reachedAt when the threshold was reached
 * @param recipients whom to notify
 */
public record FiredAction(
        Identifier ticket,
        AgreementId agreement,
        String metric,
        int cycle,
        String rule,
        Instant reachedAt,
        List<Recipient> recipients) {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null, a name is blank or the cycle below 1
     * @param ticket see {@link #ticket()}
     * @param agreement see {@link #agreement()}
     * @param metric see {@link #metric()}
     * @param cycle see {@link #cycle()}
     * @param rule see {@link #rule()}
     * @param reachedAt see {@link #reachedAt()}
     * @param recipients see {@link #recipients()}
     */
    public FiredAction {
        Checks.notNull(ticket, "action.ticket");
        Checks.notNull(agreement, "action.agreement");
        Checks.notBlank(metric, "action.metric");
        Checks.inRange(cycle, 1, Integer.MAX_VALUE, "action.cycle");
        Checks.notBlank(rule, "action.rule");
        Checks.notNull(reachedAt, "action.reachedAt");
        recipients = Checks.noNulls(recipients, "action.recipients");
    }

    /**
     * Returns what identifies the escalation: ticket, agreement, metric, cycle and rule.
     *
     * @return the key, e.g. {@code "INC-1/gold/resolution/1/manager"}
     */
    public String key() {
        return ticket + "/" + agreement + "/" + metric + "/" + cycle + "/" + rule;
    }
}
