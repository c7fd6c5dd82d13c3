/**
 * Change types, states and models, and the change lifecycles as data: ServiceNow's normal, standard and
 * emergency state models ({@link io.itsmkit.change.lifecycle.ChangeLifecycles}), iTop's routine, normal and
 * emergency change lifecycles and Znuny's change state machine, each reproduced transition by transition.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.lifecycle;

import org.jspecify.annotations.NullMarked;
