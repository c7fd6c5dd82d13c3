/**
 * Change enablement (coming next): change requests and models, risk scoring, approval routing and the
 * change calendar with conflict detection.
 */
@NullMarked
package io.itsmkit.change;

import org.jspecify.annotations.NullMarked;
