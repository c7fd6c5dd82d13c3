package io.itsmkit.sla.agreement;

/**
 * What a metric measures, for reports: response metrics give the mean time to acknowledge (MTTA),
 * resolution metrics the mean time to resolve (MTTR).
 */
public enum MetricPurpose {
    /** Time to respond (acknowledge, own). */
    RESPONSE,
    /** Time to resolve. */
    RESOLUTION
}
