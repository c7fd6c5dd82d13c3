package io.itsmkit.budget.chargeback;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.testkit.BudgetFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChargebackProperties {

    /** Rules and costs on some of their sources (and on a few other objects). */
    record Model(Map<CostObjectId, Money> costs, List<ChargebackRule> rules) {}

    private static final Sampler<Model> MODELS = r -> {
        List<ChargebackRule> rules = BudgetFixtures.chargebackRules().sample(r);
        CurrencyUnit c = BudgetFixtures.currencies().sample(r);
        Map<CostObjectId, Money> costs = new HashMap<>();
        for (ChargebackRule rule : rules) {
            if (r.nextBoolean() || costs.isEmpty()) {
                costs.put(
                        rule.source(), BudgetFixtures.money(c, 10_000_000_000L).sample(r));
            }
        }
        return new Model(costs, rules);
    };

    @Test
    void totalsAreConservedToTheMinorUnit() {
        qt().forAll(MODELS.gen()).check(m -> {
            Chargeback c = Chargeback.of(m.costs(), m.rules());
            Money in = m.costs().values().stream().reduce(Money::plus).orElseThrow();
            Money out = c.totals().values().stream().reduce(Money::plus).orElseThrow();
            return in.equals(out) && in.equals(c.total());
        });
    }

    /** What leaves each source is exactly what it held. */
    @Test
    void everySourcePassesOnExactlyWhatItHeld() {
        qt().forAll(MODELS.gen()).check(m -> {
            Chargeback c = Chargeback.of(m.costs(), m.rules());
            Money zero = c.total().minus(c.total());
            for (ChargebackRule rule : m.rules()) {
                Money received = c.charges().stream()
                        .filter(x -> x.target().equals(rule.source()))
                        .map(Charge::amount)
                        .reduce(m.costs().getOrDefault(rule.source(), zero), Money::plus);
                Money passed = c.charges().stream()
                        .filter(x -> x.source().equals(rule.source()))
                        .map(Charge::amount)
                        .reduce(zero, Money::plus);
                if (!received.equals(passed) || !c.totalOf(rule.source()).isZero()) {
                    return false;
                }
            }
            return true;
        });
    }
}
