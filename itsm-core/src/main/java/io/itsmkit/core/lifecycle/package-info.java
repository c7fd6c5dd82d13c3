/**
 * Lifecycles: small explicit state machines ({@link io.itsmkit.core.lifecycle.Lifecycle}) with a reason
 * for every refused transition. Tickets, problems, major incidents and changes declare theirs as data,
 * so every from x to pair can be listed, tested and shown to people.
 */
@NullMarked
package io.itsmkit.core.lifecycle;

import org.jspecify.annotations.NullMarked;
