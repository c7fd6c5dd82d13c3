package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.clock.ClockStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a supplier did on its underpinning contracts: attainment over its UC clocks and the statistics of the
 * working time its stopped clocks took.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param supplier the supplier
 * @param clocks how many UC clocks of the supplier there were (any stage)
 * @param attainment met over met plus breached
 * @param working the statistics of the elapsed working time of the stopped clocks, if any stopped
 */
public record SupplierScorecard(
        SupplierId supplier, long clocks, Attainment attainment, Optional<DurationStatistics> working) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the count negative
     * @param supplier see {@link #supplier()}
     * @param clocks see {@link #clocks()}
     * @param attainment see {@link #attainment()}
     * @param working see {@link #working()}
     */
    public SupplierScorecard {
        Checks.notNull(supplier, "scorecard.supplier");
        Checks.notNegative(clocks, "scorecard.clocks");
        Checks.notNull(attainment, "scorecard.attainment");
        Checks.notNull(working, "scorecard.working");
    }

    /**
     * Builds one scorecard per supplier from the UC clocks among evaluated clocks.
     *
     * @param clocks evaluated clocks; those not of a UC metric with a supplier are ignored
     * @return the scorecards, by supplier id
     * @throws ValidationException if the clocks are null or hold null
     */
    public static List<SupplierScorecard> of(Iterable<ClockStatus> clocks) {
        Checks.notNull(clocks, "clocks");
        Map<SupplierId, List<ClockStatus>> bySupplier = new TreeMap<>();
        for (ClockStatus c : clocks) {
            Checks.notNull(c, "clocks[]");
            if (c.subject().kind() == AgreementKind.UC && c.subject().supplier().isPresent()) {
                bySupplier
                        .computeIfAbsent(c.subject().supplier().get(), s -> new ArrayList<>())
                        .add(c);
            }
        }
        List<SupplierScorecard> out = new ArrayList<>();
        bySupplier.forEach((s, list) -> {
            List<Duration> working = new ArrayList<>();
            list.stream().filter(ClockStatus::isStopped).forEach(c -> working.add(c.elapsed()));
            out.add(new SupplierScorecard(s, list.size(), Attainment.of(list), DurationStatistics.of(working)));
        });
        return List.copyOf(out);
    }
}
