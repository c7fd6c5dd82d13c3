package io.itsmkit.sla.agreement;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.condition.TicketView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered set of agreements, matched first-match per kind: for each kind (SLA, OLA, UC, XLA) the first
 * agreement, in order, whose conditions a ticket meets applies to it, so a ticket gets at most one SLA, one
 * OLA, one UC and one XLA. Put specific agreements (a VIP customer's) before general ones (the default SLA).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param agreements the agreements in matching order, ids unique
 */
public record AgreementSet(List<Agreement> agreements) {

    /**
     * Validates and copies the component.
     *
     * @throws ValidationException if the list is null, holds null or repeats an id (rule {@code "unique-ids"})
     * @param agreements see {@link #agreements()}
     */
    public AgreementSet {
        agreements = Checks.noNulls(agreements, "agreements");
        Set<AgreementId> ids = new HashSet<>();
        for (int i = 0; i < agreements.size(); i++) {
            if (!ids.add(agreements.get(i).id())) {
                throw new ValidationException(
                        "agreements[" + i + "].id",
                        "unique-ids",
                        agreements.get(i).id(),
                        "must not repeat an id");
            }
        }
    }

    /**
     * Returns the set of the given agreements, in matching order.
     *
     * @param agreements the agreements
     * @return the set
     */
    public static AgreementSet of(Agreement... agreements) {
        return new AgreementSet(java.util.Arrays.asList(Checks.notNull(agreements, "agreements")));
    }

    /**
     * Returns the agreements that apply to a ticket as it stands: the first match of each kind, in matching
     * order.
     *
     * @param ticket the ticket
     * @return the applicable agreements, at most one per kind
     * @throws ValidationException if the ticket is null
     */
    public List<Agreement> select(TicketView ticket) {
        Checks.notNull(ticket, "ticket");
        EnumSet<AgreementKind> found = EnumSet.noneOf(AgreementKind.class);
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : agreements) {
            if (!found.contains(a.kind()) && a.appliesTo(ticket)) {
                found.add(a.kind());
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
