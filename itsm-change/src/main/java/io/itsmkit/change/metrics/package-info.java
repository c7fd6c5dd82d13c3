/**
 * How changes turn out: post-implementation reviews, change metrics (success, failure, emergency,
 * unauthorized and backed-out shares, incidents caused) per team, item, service, model and period, and the
 * Change Success Score of a track record.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.metrics;

import org.jspecify.annotations.NullMarked;
