/**
 * Service reports: pure functions over many evaluated clocks: attainment (met over met plus breached) broken
 * down by service, priority, team, customer, supplier and period; MTTA and MTTR in working and wall time
 * (mean, median, 90th percentile); the at-risk list; the supplier scorecard.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.report;

import org.jspecify.annotations.NullMarked;
