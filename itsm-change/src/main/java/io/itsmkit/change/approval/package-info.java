/**
 * Approval routing: the change authority for a change type and risk level
 * ({@link io.itsmkit.change.approval.AuthorityMatrix}), approval steps with a quorum
 * ({@link io.itsmkit.change.approval.ApprovalStep}, GLPI 11's validation steps), segregation of duties with
 * delegation and an audited break-glass override ({@link io.itsmkit.change.approval.Approval}), and lead times
 * per risk level ({@link io.itsmkit.change.approval.LeadTimePolicy}).
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.approval;

import org.jspecify.annotations.NullMarked;
