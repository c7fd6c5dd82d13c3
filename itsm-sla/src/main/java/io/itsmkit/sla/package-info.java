/**
 * Service level management: agreements (SLA, OLA, UC, XLA) as data
 * ({@link io.itsmkit.sla.agreement}), SLA clocks that fold over a ticket's
 * {@code io.itsmkit.core.timeline.Timeline} in working time ({@link io.itsmkit.sla.clock}), escalation
 * ({@link io.itsmkit.sla.escalation}), service reports ({@link io.itsmkit.sla.report}) and experience
 * measures ({@link io.itsmkit.sla.experience}).
 */
@NullMarked
package io.itsmkit.sla;

import org.jspecify.annotations.NullMarked;
