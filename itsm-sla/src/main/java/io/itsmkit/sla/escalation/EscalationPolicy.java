package io.itsmkit.sla.escalation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.clock.AgreementStatus;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Warning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of escalation rules, evaluated as a pure function: given a ticket, an agreement, an
 * instant and the actions already fired, it returns only the actions not fired yet whose thresholds were
 * reached by then, and the next instant a threshold will be reached. Thresholds are computed in working time
 * of each metric's calendar, so nothing escalates at midnight or on a weekend because of a wall-clock offset.
 *
 * <p>Guarantee (a property test): evaluating again with the fired actions added fires nothing new.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param rules the rules, names unique
 */
public record EscalationPolicy(List<EscalationRule> rules) {

    /**
     * Validates and copies the component.
     *
     * @throws ValidationException if the list is null, holds null or repeats a name (rule {@code "unique-names"})
     * @param rules see {@link #rules()}
     */
    public EscalationPolicy {
        rules = Checks.noNulls(rules, "rules");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!names.add(rules.get(i).name())) {
                throw new ValidationException(
                        "rules[" + i + "].name", "unique-names", rules.get(i).name(), "must not repeat a rule name");
            }
        }
    }

    /**
     * Returns the policy of the given rules.
     *
     * @param rules the rules
     * @return the policy
     */
    public static EscalationPolicy of(EscalationRule... rules) {
        return new EscalationPolicy(java.util.Arrays.asList(Checks.notNull(rules, "rules")));
    }

    /**
     * Hierarchical escalation up the four role levels: the analyst at 75% of the target, the IT service
     * manager at 90%, the senior IT service manager when the target is used up (100%), the head of IT service
     * management at 150%.
     *
     * @return the policy
     */
    public static EscalationPolicy hierarchical() {
        return of(
                EscalationRule.of("analyst", Threshold.percent(75), Recipient.role(RoleLevel.IT_SERVICE_ANALYST)),
                EscalationRule.of("manager", Threshold.percent(90), Recipient.role(RoleLevel.IT_SERVICE_MANAGER)),
                EscalationRule.of(
                        "senior manager", Threshold.percent(100), Recipient.role(RoleLevel.SENIOR_IT_SERVICE_MANAGER)),
                EscalationRule.of(
                        "head of service management",
                        Threshold.percent(150),
                        Recipient.role(RoleLevel.HEAD_OF_IT_SERVICE_MANAGEMENT)));
    }

    /**
     * Evaluates the rules on a ticket's clocks of an agreement.
     *
     * @param evaluator the clock evaluator (with the host's calendars)
     * @param agreement the agreement
     * @param timeline the ticket's timeline
     * @param at the instant
     * @param alreadyFired the actions the host fired before (compared by {@link FiredAction#key()})
     * @return the new actions and the next evaluation instant
     * @throws ValidationException if an argument is null or holds null, or as
     *     {@link ClockEvaluator#evaluate(Agreement, Timeline, Instant)}
     */
    public EscalationResult evaluate(
            ClockEvaluator evaluator,
            Agreement agreement,
            Timeline<TicketEvent> timeline,
            Instant at,
            Collection<FiredAction> alreadyFired) {
        Checks.notNull(evaluator, "evaluator");
        Checks.notNull(alreadyFired, "alreadyFired");
        Set<String> fired = new HashSet<>();
        int n = 0;
        for (FiredAction a : alreadyFired) {
            fired.add(Checks.notNull(a, "alreadyFired[" + n++ + "]").key());
        }
        List<Threshold> thresholds = new ArrayList<>(rules.size());
        for (EscalationRule r : rules) {
            thresholds.add(r.threshold());
        }
        AgreementStatus status = evaluator.evaluate(agreement, timeline, at, thresholds);
        List<FiredAction> fire = new ArrayList<>();
        Instant next = null;
        for (ClockStatus clock : status.clocks()) {
            for (int i = 0; i < rules.size(); i++) {
                EscalationRule rule = rules.get(i);
                if (rule.metric().isPresent()
                        && !rule.metric().get().equals(clock.subject().metric())) {
                    continue;
                }
                Warning w = clock.warnings().get(i);
                if (w.reached()) {
                    FiredAction action = new FiredAction(
                            clock.subject().ticket(),
                            clock.subject().agreement(),
                            clock.subject().metric(),
                            clock.cycle(),
                            rule.name(),
                            w.at().orElseThrow(),
                            rule.recipients());
                    if (fired.add(action.key())) {
                        fire.add(action);
                    }
                } else if (w.at().isPresent() && clock.isActive() && !clock.paused()) {
                    Instant when = w.at().get();
                    if (next == null || when.isBefore(next)) {
                        next = when;
                    }
                }
            }
        }
        return new EscalationResult(fire, Optional.ofNullable(next));
    }
}
