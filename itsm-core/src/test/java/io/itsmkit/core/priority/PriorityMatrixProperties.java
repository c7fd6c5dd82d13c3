package io.itsmkit.core.priority;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PriorityMatrixProperties {

    /** A matrix, a cell and a new value for it. */
    record Perturbation(PriorityMatrix matrix, Impact impact, Urgency urgency, Priority priority) {}

    private static final Sampler<Perturbation> PERTURBATIONS = r -> {
        PriorityMatrix m = CoreFixtures.priorityMatrices().sample(r);
        return new Perturbation(m, pick(r, m.impacts()), pick(r, m.urgencies()), pick(r, m.priorities()));
    };

    private static <L extends Level<L>> L pick(RandomGenerator r, Scale<L> s) {
        return s.levels().get(r.nextInt(s.size()));
    }

    /** The oracle: every pair of cells, not just neighbours. */
    private static boolean monotone(PriorityMatrix m, Impact ci, Urgency cu, Priority cp) {
        for (Impact i : m.impacts().levels()) {
            for (Urgency u : m.urgencies().levels()) {
                for (Impact i2 : m.impacts().levels()) {
                    for (Urgency u2 : m.urgencies().levels()) {
                        Priority p = i.equals(ci) && u.equals(cu) ? cp : m.priorityOf(i, u);
                        Priority p2 = i2.equals(ci) && u2.equals(cu) ? cp : m.priorityOf(i2, u2);
                        if (i.isAtLeastAsSevereAs(i2) && u.isAtLeastAsSevereAs(u2) && !p.isAtLeastAsSevereAs(p2)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    @Test
    void everyMonotoneMatrixIsAcceptedAndLooksUpWhatWasBuilt() {
        qt().forAll(CoreFixtures.priorityMatrices().gen())
                .check(m -> m.toBuilder().build().equals(m)
                        && monotone(
                                m,
                                m.impacts().mostSevere(),
                                m.urgencies().mostSevere(),
                                m.priorityOf(
                                        m.impacts().mostSevere(), m.urgencies().mostSevere())));
    }

    @Test
    void aSingleCellChangeIsAcceptedExactlyWhenTheMatrixStaysMonotone() {
        qt().forAll(PERTURBATIONS.gen()).check(p -> {
            boolean expected = monotone(p.matrix(), p.impact(), p.urgency(), p.priority());
            try {
                PriorityMatrix changed = p.matrix().withCell(p.impact(), p.urgency(), p.priority());
                return expected && changed.priorityOf(p.impact(), p.urgency()).equals(p.priority());
            } catch (ValidationException e) {
                String cell = "cell[impact=" + p.impact() + ", urgency=" + p.urgency() + "]";
                // the message names the changed cell, either as the broken cell or as its neighbour
                return !expected
                        && e.getMessage().contains(cell)
                        && e.violations().stream().allMatch(v -> v.rule().startsWith("monotone-in-"));
            }
        });
    }
}
