package io.itsmkit.budget.contract;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** Checks of the {@link Period}s contracts take: none negative, none over a hundred years. */
final class Periods {
    private Periods() {}

    static Period checked(@Nullable Period period, String path) {
        Period p = Checks.notNull(period, path);
        boolean ok = p.getYears() >= 0
                && p.getMonths() >= 0
                && p.getDays() >= 0
                && p.toTotalMonths() <= 1200
                && p.getDays() <= 36_600;
        if (!ok) {
            throw new ValidationException(path, "period", p, "must have no negative part and be at most 100 years");
        }
        return p;
    }
}
