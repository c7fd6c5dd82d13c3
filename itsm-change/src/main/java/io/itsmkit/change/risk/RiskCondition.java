package io.itsmkit.change.risk;

import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The condition of a {@link RiskRule}: it matches a change or not, and says why when it does.
 *
 * <p>The built-in conditions are monotone (a worse change never stops matching), which {@link RiskModel}'s
 * guarantee that the level never decreases when a factor gets worse relies on; there is deliberately no
 * negation. A host may implement its own; it must be pure and thread-safe.
 */
@FunctionalInterface
public interface RiskCondition {

    /**
     * Tests a change.
     *
     * @param context the change and its facts
     * @return why the condition matches, or empty if it does not
     */
    Optional<String> match(RiskContext context);

    /**
     * Matches when a risk factor gives points, e.g. {@code applies(RiskFactors.outage(1))}.
     *
     * @param factor a factor
     * @return the condition; its reason is the factor's detail
     * @throws ValidationException if the factor is null
     */
    static RiskCondition applies(RiskFactor factor) {
        Checks.notNull(factor, "factor");
        return c -> {
            RiskContribution r = factor.assess(Checks.notNull(c, "context"));
            return r.points() > 0 ? Optional.of(r.detail()) : Optional.empty();
        };
    }

    /**
     * Matches when the change touches an item at least as critical as a level, e.g. "touches a CI with
     * criticality 1".
     *
     * @param atLeast the criticality
     * @return the condition; its reason names the items
     * @throws ValidationException if the criticality is null
     */
    static RiskCondition touchesCriticality(Criticality atLeast) {
        Checks.notNull(atLeast, "atLeast");
        return c -> reason("touches", Checks.notNull(c, "context").touchedItems(), atLeast);
    }

    /**
     * Matches when the change can impact an item at least as critical as a level: an item it touches or one
     * in their blast radius (ServiceNow's "Critical service affected").
     *
     * @param atLeast the criticality
     * @return the condition; its reason names the items
     * @throws ValidationException if the criticality is null
     */
    static RiskCondition impactsCriticality(Criticality atLeast) {
        Checks.notNull(atLeast, "atLeast");
        return c -> reason("impacts", Checks.notNull(c, "context").impactedItems(), atLeast);
    }

    /**
     * Matches when every condition matches.
     *
     * @param conditions at least one condition
     * @return the conjunction; its reason joins theirs with "and"
     * @throws ValidationException if the list is null, empty or holds null
     */
    static RiskCondition allOf(List<RiskCondition> conditions) {
        List<RiskCondition> all = copy(conditions);
        return c -> {
            List<String> why = new ArrayList<>();
            Checks.notNull(c, "context");
            for (RiskCondition k : all) {
                Optional<String> m = k.match(c);
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                why.add(m.get());
            }
            return Optional.of(String.join(" and ", why));
        };
    }

    /**
     * Matches when any condition matches.
     *
     * @param conditions at least one condition
     * @return the disjunction; its reason is the first matching condition's
     * @throws ValidationException if the list is null, empty or holds null
     */
    static RiskCondition anyOf(List<RiskCondition> conditions) {
        List<RiskCondition> any = copy(conditions);
        return c -> {
            Checks.notNull(c, "context");
            for (RiskCondition k : any) {
                Optional<String> m = k.match(c);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        };
    }

    private static List<RiskCondition> copy(List<RiskCondition> conditions) {
        Checks.notNull(conditions, "conditions");
        if (conditions.isEmpty()) {
            throw new ValidationException("conditions", "not-empty", "[]", "needs at least one condition");
        }
        for (int i = 0; i < conditions.size(); i++) {
            Checks.notNull(conditions.get(i), "conditions[" + i + "]");
        }
        return List.copyOf(conditions);
    }

    private static Optional<String> reason(String verb, List<ConfigurationItem> items, Criticality atLeast) {
        List<ConfigurationItem> hits = items.stream()
                .filter(ci -> ci.criticality().compareTo(atLeast) <= 0)
                .toList();
        return hits.isEmpty()
                ? Optional.empty()
                : Optional.of(verb + " "
                        + hits.stream()
                                .map(ci -> ci.name() + " (" + ci.criticality() + ")")
                                .collect(Collectors.joining(", ")));
    }
}
