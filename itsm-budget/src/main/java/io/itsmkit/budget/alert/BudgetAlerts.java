package io.itsmkit.budget.alert;

import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates budget alert thresholds, purely: the caller keeps which thresholds already fired (per budget,
 * line or period, as it likes) and passes them in, so each threshold fires once.
 *
 * <p>Pass a {@link io.itsmkit.budget.status.Pace pace} instead of the budget to get pace-based alerts
 * ("spending is 20% ahead of a straight line").
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class BudgetAlerts {
    private BudgetAlerts() {}

    /**
     * Returns the thresholds that fire now: reached and not fired before, in ascending order.
     *
     * @param budget the budget, zero or more
     * @param spent the spending to compare, in the budget's currency
     * @param thresholds the thresholds watched; duplicates count once
     * @param alreadyFired the thresholds that fired in earlier evaluations
     * @return the new alerts, ascending by threshold
     * @throws io.itsmkit.core.error.ValidationException as {@link Threshold#isReachedBy} does, or with rule
     *     {@code "required"} for a null argument or element
     */
    public static List<BudgetAlert> evaluate(
            @Nullable Money budget,
            @Nullable Money spent,
            @Nullable Collection<Threshold> thresholds,
            @Nullable Set<Threshold> alreadyFired) {
        Money b = Checks.notNull(budget, "budget");
        Money s = Checks.notNull(spent, "spent");
        Set<Threshold> fired = Set.copyOf(notNullElements(alreadyFired, "alreadyFired"));
        List<BudgetAlert> alerts = new ArrayList<>();
        for (Threshold t : new TreeSet<>(notNullElements(thresholds, "thresholds"))) {
            if (!fired.contains(t) && t.isReachedBy(b, s)) {
                alerts.add(new BudgetAlert(t, b, s));
            }
        }
        return List.copyOf(alerts);
    }

    private static Collection<Threshold> notNullElements(@Nullable Collection<Threshold> c, String path) {
        Collection<Threshold> all = Checks.notNull(c, path);
        int i = 0;
        for (Threshold t : all) {
            Checks.notNull(t, path + "[" + i++ + "]");
        }
        return all;
    }
}
