/**
 * Compliance: an append-only, SHA-256 hash-chained {@link io.itsmkit.core.audit.AuditTrail} whose
 * {@link io.itsmkit.core.audit.AuditTrail#verify()} pinpoints the first tampered entry.
 */
@NullMarked
package io.itsmkit.core.audit;

import org.jspecify.annotations.NullMarked;
