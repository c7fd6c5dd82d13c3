package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Stage;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The at-risk list: running clocks (not paused) that have not breached and have used at least 75% of their
 * target (ServiceNow's "My at Risk SLAs") or are due within a horizon of the evaluation instant, least time
 * left first.
 */
public final class AtRisk {
    /** The share of the target from which a clock is at risk: 3/4. */
    public static final Ratio AT_RISK_FROM = Ratio.of(3, 4);

    private AtRisk() {}

    /**
     * Lists the clocks at risk.
     *
     * @param clocks evaluated clocks
     * @param horizon a clock due within this wall-clock time of its evaluation instant is at risk, zero or more
     * @return the clocks at risk, least time left first (then earliest due)
     * @throws ValidationException if an argument is null, the clocks hold null, or the horizon is negative
     */
    public static List<ClockStatus> list(Iterable<ClockStatus> clocks, Duration horizon) {
        Checks.notNull(clocks, "clocks");
        Checks.notNegative(horizon, "horizon");
        List<ClockStatus> out = new ArrayList<>();
        for (ClockStatus c : clocks) {
            Checks.notNull(c, "clocks[]");
            if (c.isActive() && !c.paused() && c.stage() != Stage.BREACHED) {
                boolean dueSoon = c.due().isPresent()
                        && Duration.between(c.at(), c.due().get()).compareTo(horizon) <= 0;
                if (dueSoon || c.percent().isAtLeast(AT_RISK_FROM)) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparing(ClockStatus::timeLeft)
                .thenComparing(c -> c.due().orElse(c.at())));
        return List.copyOf(out);
    }
}
