package io.itsmkit.sla.clock;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.MetricPurpose;
import java.util.Optional;

/**
 * Whose clock it is: the ticket, the agreement and metric, and what reports break attainment down by
 * (service, customer, team, supplier, priority), as of the evaluation instant.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param ticket the ticket (the timeline's stream)
 * @param agreement the agreement
 * @param kind the agreement's kind
 * @param metric the metric's name
 * @param purpose response or resolution
 * @param service the ticket's service, if known
 * @param customer the ticket's customer, if known
 * @param team the metric's team (an OLA), else the team the ticket is assigned to, if any
 * @param supplier the metric's supplier (a UC), if any
 * @param priority the priority whose target the clock counts against
 */
public record ClockSubject(
        Identifier ticket,
        AgreementId agreement,
        AgreementKind kind,
        String metric,
        MetricPurpose purpose,
        Optional<ConfigurationItemId> service,
        Optional<CustomerId> customer,
        Optional<TeamId> team,
        Optional<SupplierId> supplier,
        Priority priority) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the metric blank
     * @param ticket see {@link #ticket()}
     * @param agreement see {@link #agreement()}
     * @param kind see {@link #kind()}
     * @param metric see {@link #metric()}
     * @param purpose see {@link #purpose()}
     * @param service see {@link #service()}
     * @param customer see {@link #customer()}
     * @param team see {@link #team()}
     * @param supplier see {@link #supplier()}
     * @param priority see {@link #priority()}
     */
    public ClockSubject {
        Checks.notNull(ticket, "subject.ticket");
        Checks.notNull(agreement, "subject.agreement");
        Checks.notNull(kind, "subject.kind");
        Checks.notBlank(metric, "subject.metric");
        Checks.notNull(purpose, "subject.purpose");
        Checks.notNull(service, "subject.service");
        Checks.notNull(customer, "subject.customer");
        Checks.notNull(team, "subject.team");
        Checks.notNull(supplier, "subject.supplier");
        Checks.notNull(priority, "subject.priority");
    }
}
