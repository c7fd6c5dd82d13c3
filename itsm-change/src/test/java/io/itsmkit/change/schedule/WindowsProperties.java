package io.itsmkit.change.schedule;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsProperties {
    private static final Sampler<List<Window>> LISTS =
            r -> ChangeFixtures.windows().sampleList(r, 0, 8);

    /** Every 15-minute grid point of the fixtures' 5 days, the instants where membership can change. */
    private static boolean inAny(List<Window> ws, Instant t) {
        return ws.stream().anyMatch(w -> w.contains(t));
    }

    @Test
    void normalisedUnionHoldsExactlyTheInstantsOfItsWindows() {
        qt().forAll(LISTS.gen()).check(ws -> {
            Windows s = Windows.of(ws);
            for (int k = 0; k < 5 * 96; k++) {
                Instant t = ChangeFixtures.BASE.plus(Duration.ofMinutes(15L * k));
                if (s.containing(t).isPresent() != inAny(ws, t)) {
                    return false;
                }
            }
            List<Window> out = s.windows();
            for (int i = 1; i < out.size(); i++) {
                if (!out.get(i - 1).end().isBefore(out.get(i).start())) {
                    return false; // must neither overlap nor touch
                }
            }
            return true;
        });
    }

    @Test
    void overlapIsSymmetricAndTouchingWindowsNeverOverlap() {
        qt().forAll(ChangeFixtures.windows().gen(), ChangeFixtures.windows().gen())
                .check((a, b) -> a.overlaps(b) == b.overlaps(a)
                        && !a.overlaps(new Window(a.end(), a.end().plus(b.length())))
                        && !a.overlaps(new Window(a.start().minus(b.length()), a.start()))
                        && a.intersection(b).isPresent() == a.overlaps(b));
    }

    @Test
    void aWindowIsInsideTheUnionExactlyWhenNothingOfItIsUncovered() {
        qt().forAll(LISTS.gen(), ChangeFixtures.windows().gen()).check((ws, w) -> {
            Windows s = Windows.of(ws);
            boolean allCovered = true;
            for (Instant t = w.start(); t.isBefore(w.end()); t = t.plus(Duration.ofMinutes(15))) {
                allCovered &= inAny(ws, t);
            }
            return s.contains(w) == allCovered && s.uncovered(w).isEmpty() == allCovered;
        });
    }
}
