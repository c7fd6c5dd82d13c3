package io.itsmkit.change.risk;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.testkit.ChangeFixtures;
import org.junit.jupiter.api.Test;

class RiskBandsProperties {

    @Test
    void bandsPartitionTheScoresFromZeroUpAndNeverGoDown() {
        qt().forAll(ChangeFixtures.riskBands().gen()).check(bands -> {
            RiskLevel previous = RiskLevel.LOW;
            for (long s = 0; s < 200; s++) {
                final long score = s;
                long holding =
                        bands.bands().stream().filter(b -> b.contains(score)).count();
                RiskBands.Band band = bands.bandOf(score);
                if (holding != 1 || !band.contains(score) || band.level().compareTo(previous) < 0) {
                    return false;
                }
                previous = band.level();
            }
            return bands.bands().get(0).from() == 0
                    && bands.bands().get(bands.bands().size() - 1).until().isEmpty();
        });
    }
}
