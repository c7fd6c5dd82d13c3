/**
 * Change risk: a {@link io.itsmkit.change.risk.RiskModel} that combines a weighted
 * {@link io.itsmkit.change.risk.Questionnaire}, built-in {@link io.itsmkit.change.risk.RiskFactors} (blast
 * radius, missing plans, outage, business hours, lead time, emergency, track record), ordered first-match
 * {@link io.itsmkit.change.risk.RiskRule}s and an impact x success-probability
 * {@link io.itsmkit.change.risk.RiskLookup}, taking the highest level (ServiceNow semantics), and explains
 * every contribution ({@link io.itsmkit.change.risk.RiskAssessment}).
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.risk;

import org.jspecify.annotations.NullMarked;
