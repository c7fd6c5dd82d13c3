package io.itsmkit.sla.escalation;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.testkit.SlaFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationProperties {
    private static final int EXAMPLES = Math.min(200, Integer.getInteger("QT_EXAMPLES", 200));

    /**
     * Idempotent: firing what an evaluation returned and evaluating again fires nothing new; evaluating later
     * with everything fired so far fires only new keys, and never a key fired before.
     */
    @Test
    void escalationIsIdempotent() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        CoreFixtures.tickets().gen(),
                        SlaFixtures.agreements().gen(),
                        SlaFixtures.escalationPolicies().gen(),
                        CoreFixtures.durations().gen())
                .check((t, a, p, step) -> {
                    Instant first = t.openedAt().plus(step);
                    Instant later = first.plus(step);
                    EscalationResult r1 = p.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), first, List.of());
                    EscalationResult again = p.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), first, r1.fire());
                    List<FiredAction> all = new ArrayList<>(r1.fire());
                    EscalationResult r2 = p.evaluate(ClockEvaluator.DEFAULT, a, t.timeline(), later, all);
                    HashSet<String> keys = new HashSet<>();
                    r1.fire().forEach(f -> keys.add(f.key()));
                    boolean noRepeat = r2.fire().stream().allMatch(f -> keys.add(f.key()));
                    boolean nextNotPast =
                            r1.nextEvaluationAt().map(n -> n.isAfter(first)).orElse(true);
                    return again.fire().isEmpty() && noRepeat && nextNotPast;
                });
    }
}
