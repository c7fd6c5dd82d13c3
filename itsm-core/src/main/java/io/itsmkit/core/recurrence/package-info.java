/**
 * Recurrence detection: alike incidents within a sliding window become
 * {@link io.itsmkit.core.recurrence.ProblemCandidate}s, with a pluggable
 * {@link io.itsmkit.core.recurrence.Similarity}.
 */
@NullMarked
package io.itsmkit.core.recurrence;

import org.jspecify.annotations.NullMarked;
