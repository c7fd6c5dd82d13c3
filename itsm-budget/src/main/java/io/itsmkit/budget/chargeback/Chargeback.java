package io.itsmkit.budget.chargeback;

import io.itsmkit.budget.allocation.Allocation;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Chargeback and showback: costs flowing through TBM allocation rules, source to target by driver, from
 * cost pools through towers and solutions to consumers (chargeback bills the consumers, showback only
 * shows them; the arithmetic is the same).
 *
 * <p>Guarantees: totals are conserved to the minor unit. Each source's cost (its own plus what it
 * received) is split among its rule's targets by {@link Allocation} (largest remainder, ties to the lower
 * target identifier), so what leaves a source is exactly what it held, and {@link #totals()} sums exactly
 * to the costs put in. A rule runs after every rule that feeds its source; rules that feed each other in
 * a cycle are refused.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Chargeback {
    private final List<Charge> charges;
    private final Map<CostObjectId, Money> totals;
    private final Money total;

    private Chargeback(List<Charge> charges, Map<CostObjectId, Money> totals, Money total) {
        this.charges = charges;
        this.totals = totals;
        this.total = total;
    }

    /**
     * Runs the rules over the costs.
     *
     * @param costs the direct cost of each cost object, at least one, in one currency
     * @param rules the rules, at most one per source, in any order
     * @return the flows and the final totals
     * @throws ValidationException with rule {@code "not-empty"}, {@code "one-rule-per-source"},
     *     {@code "acyclic"}, a {@link CurrencyMismatchException}, or {@code "required"}
     */
    public static Chargeback of(@Nullable Map<CostObjectId, Money> costs, @Nullable List<ChargebackRule> rules) {
        Map<CostObjectId, Money> c = Checks.notNull(costs, "costs");
        List<ChargebackRule> r = Checks.notNull(rules, "rules");
        if (c.isEmpty()) {
            throw new ValidationException("costs", "not-empty", "{}", "must hold at least one cost");
        }
        Map<CostObjectId, Money> held = new TreeMap<>();
        CurrencyUnit currency = null;
        for (Map.Entry<CostObjectId, Money> e : c.entrySet()) {
            CostObjectId id = Checks.notNull(e.getKey(), "costs.key");
            Money m = Checks.notNull(e.getValue(), "costs[" + id + "]");
            if (currency == null) {
                currency = m.currency();
            }
            CurrencyMismatchException.requireSame("costs[" + id + "]", currency, m.currency());
            held.put(id, m);
        }
        Map<CostObjectId, ChargebackRule> bySource = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            ChargebackRule rule = Checks.notNull(r.get(i), "rules[" + i + "]");
            if (bySource.putIfAbsent(rule.source(), rule) != null) {
                throw new ValidationException(
                        "rules[" + i + "].source", "one-rule-per-source", rule.source(), "already has a rule");
            }
        }
        Money zero = Money.zero(currency);
        Money total = held.values().stream().reduce(zero, Money::plus);
        List<Charge> charges = new ArrayList<>();
        for (ChargebackRule rule : order(bySource)) {
            Money pool = held.getOrDefault(rule.source(), zero);
            held.remove(rule.source());
            List<CostObjectId> targets = List.copyOf(rule.quantities().keySet());
            List<BigDecimal> weights = List.copyOf(rule.quantities().values());
            List<Money> parts = Allocation.of(pool, weights).parts();
            for (int k = 0; k < targets.size(); k++) {
                CostObjectId target = targets.get(k);
                charges.add(new Charge(rule.source(), target, rule.driver(), weights.get(k), parts.get(k)));
                held.merge(target, parts.get(k), Money::plus);
            }
        }
        return new Chargeback(List.copyOf(charges), Collections.unmodifiableMap(held), total);
    }

    /** The rules in an order where every rule feeding a source runs before that source's rule. */
    private static List<ChargebackRule> order(Map<CostObjectId, ChargebackRule> bySource) {
        Map<CostObjectId, Integer> feeding = new HashMap<>();
        bySource.keySet().forEach(s -> feeding.put(s, 0));
        for (ChargebackRule rule : bySource.values()) {
            for (CostObjectId target : rule.quantities().keySet()) {
                feeding.computeIfPresent(target, (k, n) -> n + 1);
            }
        }
        Deque<CostObjectId> ready = new ArrayDeque<>();
        new TreeMap<>(feeding).forEach((s, n) -> {
            if (n == 0) {
                ready.add(s);
            }
        });
        List<ChargebackRule> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            ChargebackRule rule = Objects.requireNonNull(bySource.get(ready.poll()), "a ready source has a rule");
            ordered.add(rule);
            for (CostObjectId target : rule.quantities().keySet()) {
                Integer left = feeding.computeIfPresent(target, (k, n) -> n - 1);
                if (left != null && left == 0) {
                    ready.add(target);
                }
            }
        }
        if (ordered.size() < bySource.size()) {
            throw new ValidationException(
                    "rules",
                    "acyclic",
                    cycles(bySource, feeding),
                    "feed each other in a cycle, so no order can allocate them");
        }
        return ordered;
    }

    /**
     * The sources left unordered, less those that only feed sources outside a cycle: what remains are the
     * sources on or between cycles, in identifier order.
     */
    private static List<CostObjectId> cycles(
            Map<CostObjectId, ChargebackRule> bySource, Map<CostObjectId, Integer> feeding) {
        Set<CostObjectId> left = new TreeSet<>();
        feeding.forEach((source, n) -> {
            if (n > 0) {
                left.add(source);
            }
        });
        boolean removed = true;
        while (removed) {
            removed = left.removeIf(source ->
                    Objects.requireNonNull(bySource.get(source), "a source has a rule").quantities().keySet().stream()
                            .noneMatch(left::contains));
        }
        return List.copyOf(left);
    }

    /**
     * Returns every flow, rule by rule in the order they ran, targets by identifier.
     *
     * @return an immutable list
     */
    public List<Charge> charges() {
        return charges;
    }

    /**
     * Returns where the costs ended: every cost object that holds cost and has no rule passing it on
     * (the consumers, and any cost left where no rule applies), by identifier.
     *
     * @return an immutable map summing exactly to {@link #total()}
     */
    public Map<CostObjectId, Money> totals() {
        return totals;
    }

    /**
     * Returns the sum of the costs put in.
     *
     * @return the total, equal to the sum of {@link #totals()}
     */
    public Money total() {
        return total;
    }

    /**
     * Returns what a cost object ended with.
     *
     * @param costObject the cost object
     * @return its final total, zero if it holds none
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Money totalOf(@Nullable CostObjectId costObject) {
        return totals.getOrDefault(Checks.notNull(costObject, "costObject"), total.minus(total));
    }
}
