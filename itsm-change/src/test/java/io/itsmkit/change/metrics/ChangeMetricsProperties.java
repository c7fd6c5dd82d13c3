package io.itsmkit.change.metrics;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeMetricsProperties {
    private static final Sampler<List<ClosedChange>> CLOSED =
            r -> ChangeFixtures.closedChanges().sampleList(r, 0, 30);

    @Test
    void groupsByModelAndMonthPartitionTheChanges() {
        qt().forAll(CLOSED.gen()).check(cs -> {
            ChangeMetrics all = ChangeMetrics.of(cs);
            long byModel = ChangeMetrics.byModel(cs).values().stream()
                    .mapToLong(ChangeMetrics::total)
                    .sum();
            long byMonth = ChangeMetrics.byMonth(cs, ZoneId.of("Asia/Kolkata")).values().stream()
                    .mapToLong(ChangeMetrics::total)
                    .sum();
            long failed = ChangeMetrics.byModel(cs).values().stream()
                    .mapToLong(ChangeMetrics::failed)
                    .sum();
            return byModel == all.total() && byMonth == all.total() && failed == all.failed();
        });
    }

    @Test
    void ratesAreSharesBetweenZeroAndAHundredPercentAndSuccessPlusFailureIsAll() {
        qt().forAll(ChangeFixtures.changeMetrics().gen()).check(m -> {
            boolean bounded = List.of(
                            m.successRate(),
                            m.failureRate(),
                            m.emergencyShare(),
                            m.unauthorizedShare(),
                            m.backedOutShare())
                    .stream()
                    .allMatch(s -> s.percent(3)
                            .map(p -> p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0)
                            .orElse(s.total() == 0));
            return bounded && m.successRate().part() + m.failureRate().part() == m.total();
        });
    }

    @Test
    void aWorseTrackRecordNeverScoresMore() {
        qt().forAll(
                        ChangeFixtures.changeSuccessScores().gen(),
                        ChangeFixtures.trackRecords().gen())
                .check((css, t) -> {
                    long s = css.scoreOf(t);
                    TrackRecord failedInstead = t.successful() == 0
                            ? t
                            : new TrackRecord(
                                    t.successful() - 1,
                                    t.successfulWithIssues(),
                                    t.failed() + 1,
                                    t.p1Incidents(),
                                    t.p2Incidents(),
                                    t.p3Incidents());
                    TrackRecord oneMoreP1 = new TrackRecord(
                            t.successful(),
                            t.successfulWithIssues(),
                            t.failed(),
                            t.p1Incidents() + 1,
                            t.p2Incidents(),
                            t.p3Incidents());
                    TrackRecord oneMoreFailure = new TrackRecord(
                            t.successful(),
                            t.successfulWithIssues(),
                            t.failed() + 1,
                            t.p1Incidents(),
                            t.p2Incidents(),
                            t.p3Incidents());
                    return css.scoreOf(failedInstead) <= s
                            && css.scoreOf(oneMoreP1) <= s
                            && css.scoreOf(oneMoreFailure) <= s;
                });
    }
}
