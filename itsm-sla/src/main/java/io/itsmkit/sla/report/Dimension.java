package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.ClockSubject;
import java.util.Optional;

/** What attainment is broken down by: one attribute of a clock's {@link ClockSubject}. */
public enum Dimension {
    /** The ticket's service. */
    SERVICE,
    /** The priority the clock counts against. */
    PRIORITY,
    /** The metric's team, else the ticket's assignment team. */
    TEAM,
    /** The ticket's customer. */
    CUSTOMER,
    /** The metric's supplier. */
    SUPPLIER;

    /** The key of clocks that have no value for a dimension. */
    public static final String NONE = "(none)";

    /**
     * Returns the clock's value for this dimension, as text.
     *
     * @param clock an evaluated clock
     * @return the value, or {@link #NONE}
     * @throws io.itsmkit.core.error.ValidationException if the clock is null
     */
    public String of(ClockStatus clock) {
        ClockSubject s = Checks.notNull(clock, "clock").subject();
        Optional<?> v = switch (this) {
            case SERVICE -> s.service();
            case PRIORITY -> Optional.of(s.priority());
            case TEAM -> s.team();
            case CUSTOMER -> s.customer();
            case SUPPLIER -> s.supplier();
        };
        return v.map(String::valueOf).orElse(NONE);
    }
}
