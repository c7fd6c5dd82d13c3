/**
 * What a change request says: its identifier ({@link io.itsmkit.change.request.ChangeId}) and its content
 * ({@link io.itsmkit.change.request.ChangeDetails}): the configuration items it touches, the planned window,
 * the implementation, backout and test plans, whether it causes an outage, and who requests, implements and
 * is assigned it.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.request;

import org.jspecify.annotations.NullMarked;
