/**
 * Exact ratios: the percent of a target an SLA clock has used, attainment, and survey shares, kept as two
 * integers so that nothing is decided on a rounded number.
 */
@NullMarked
package io.itsmkit.sla.ratio;

import org.jspecify.annotations.NullMarked;
