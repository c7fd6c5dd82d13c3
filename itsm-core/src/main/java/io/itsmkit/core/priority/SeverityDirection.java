package io.itsmkit.core.priority;

/**
 * How a scale numbers its levels. Tools disagree, so every {@link Scale} states its direction.
 *
 * <p>ServiceNow and iTop number 1 as the most severe level; GLPI, Znuny/OTRS and Zammad give the most
 * severe level the highest number.
 */
public enum SeverityDirection {
    /** Level 1 is the most severe (ITIL, ServiceNow, iTop). */
    ONE_IS_MOST_SEVERE,
    /** The highest number is the most severe (GLPI, Znuny/OTRS, Zammad). */
    HIGHEST_IS_MOST_SEVERE
}
