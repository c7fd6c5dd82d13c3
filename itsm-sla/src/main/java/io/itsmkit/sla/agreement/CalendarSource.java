package io.itsmkit.sla.agreement;

/** Whose calendar a metric asks the host's {@link io.itsmkit.sla.agreement.spi.CalendarResolver} for. */
public enum CalendarSource {
    /** The ticket's customer (the caller's organisation). */
    CUSTOMER,
    /** The ticket's service. */
    SERVICE,
    /** The ticket's configuration item. */
    CONFIGURATION_ITEM
}
