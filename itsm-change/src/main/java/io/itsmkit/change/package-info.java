/**
 * Change enablement (ITIL 4): change requests and models with their lifecycles
 * ({@link io.itsmkit.change.lifecycle}, {@link io.itsmkit.change.request}), risk scoring
 * ({@link io.itsmkit.change.risk}), approval routing with quorum and segregation of duties
 * ({@link io.itsmkit.change.approval}), lead times ({@link io.itsmkit.change.leadtime}), blackout and
 * maintenance schedules ({@link io.itsmkit.change.schedule}), the change calendar with conflict detection
 * ({@link io.itsmkit.change.calendar}) and change metrics ({@link io.itsmkit.change.metrics}).
 */
@NullMarked
package io.itsmkit.change;

import org.jspecify.annotations.NullMarked;
