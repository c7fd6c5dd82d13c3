/**
 * The itsm-sla testkit, published as the module's test-jar: {@link io.itsmkit.core.testkit.Sampler}s of
 * every public SLA value type ({@link io.itsmkit.sla.testkit.SlaFixtures}), valid by construction.
 */
package io.itsmkit.sla.testkit;
