package io.itsmkit.sla.agreement;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.condition.TicketView;
import io.itsmkit.sla.experience.ExperienceTarget;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An agreement: its name and kind, the tickets it applies to (every condition of {@link #appliesWhen()}
 * holds; none means every ticket), and what it measures: clock metrics for an SLA, OLA or UC, experience
 * targets for an XLA.
 *
 * <p>Guarantees: metric names are unique (rule {@code "unique-names"}); applicability uses level conditions
 * only (rule {@code "level-condition"}), since it is matched on the ticket as it stands; an XLA has
 * experience targets and no metrics, the other kinds metrics and no experience targets (rule
 * {@code "measures-of-kind"}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name people see, not blank
 * @param kind SLA, OLA, UC or XLA
 * @param appliesWhen the conditions a ticket must all meet
 * @param metrics the clock metrics (SLA, OLA, UC)
 * @param experienceTargets the experience targets (XLA)
 */
public record Agreement(
        AgreementId id,
        String name,
        AgreementKind kind,
        List<TicketCondition> appliesWhen,
        List<Metric> metrics,
        List<ExperienceTarget> experienceTargets)
        implements Identified<AgreementId> {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException as the class documentation says, or if a component is null or holds null
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param kind see {@link #kind()}
     * @param appliesWhen see {@link #appliesWhen()}
     * @param metrics see {@link #metrics()}
     * @param experienceTargets see {@link #experienceTargets()}
     */
    public Agreement {
        Checks.notNull(id, "agreement.id");
        Checks.notBlank(name, "agreement.name");
        Checks.notNull(kind, "agreement.kind");
        appliesWhen = Checks.noNulls(appliesWhen, "agreement.appliesWhen");
        metrics = Checks.noNulls(metrics, "agreement.metrics");
        experienceTargets = Checks.noNulls(experienceTargets, "agreement.experienceTargets");
        Checks.Collector c = Checks.collector();
        for (int i = 0; i < appliesWhen.size(); i++) {
            TicketCondition cond = appliesWhen.get(i);
            c.require(
                    cond.isLevel(),
                    "agreement.appliesWhen[" + i + "]",
                    "level-condition",
                    cond.describe(),
                    "must look at the ticket as it stands, not at the events of an instant");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            c.require(
                    names.add(metrics.get(i).name()),
                    "agreement.metrics[" + i + "].name",
                    "unique-names",
                    metrics.get(i).name(),
                    "must not repeat the name of another metric of the agreement");
        }
        boolean xla = kind == AgreementKind.XLA;
        c.require(
                xla
                        ? metrics.isEmpty() && !experienceTargets.isEmpty()
                        : experienceTargets.isEmpty() && !metrics.isEmpty(),
                "agreement.metrics",
                "measures-of-kind",
                metrics.size() + " metrics, " + experienceTargets.size() + " experience targets",
                xla
                        ? "an XLA has experience targets and no clock metrics"
                        : "an " + kind + " has clock metrics and no experience targets");
        c.throwIfAny();
    }

    /**
     * Returns an SLA, OLA or UC with clock metrics.
     *
     * @param id the identifier
     * @param name the name
     * @param kind SLA, OLA or UC
     * @param appliesWhen the conditions a ticket must meet, none for every ticket
     * @param metrics at least one metric
     * @return the agreement
     * @throws ValidationException if an argument is invalid
     */
    public static Agreement of(
            AgreementId id, String name, AgreementKind kind, List<TicketCondition> appliesWhen, Metric... metrics) {
        return new Agreement(id, name, kind, appliesWhen, Arrays.asList(Checks.notNull(metrics, "metrics")), List.of());
    }

    /**
     * Returns an XLA with experience targets.
     *
     * @param id the identifier
     * @param name the name
     * @param appliesWhen the conditions a ticket must meet, none for every ticket
     * @param targets at least one target
     * @return the agreement
     * @throws ValidationException if an argument is invalid
     */
    public static Agreement experience(
            AgreementId id, String name, List<TicketCondition> appliesWhen, ExperienceTarget... targets) {
        return new Agreement(
                id, name, AgreementKind.XLA, appliesWhen, List.of(), Arrays.asList(Checks.notNull(targets, "targets")));
    }

    /**
     * Tells whether the agreement applies to a ticket as it stands.
     *
     * @param ticket the ticket
     * @return {@code true} if every condition of {@link #appliesWhen()} holds
     * @throws ValidationException if the ticket is null
     */
    public boolean appliesTo(TicketView ticket) {
        Checks.notNull(ticket, "ticket");
        for (TicketCondition c : appliesWhen) {
            if (!c.test(ticket)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the metric with a name.
     *
     * @param name the name
     * @return the metric
     * @throws ValidationException with rule {@code "known-metric"} if there is none
     */
    public Metric metric(String name) {
        Checks.notNull(name, "name");
        return metrics.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new ValidationException("name", "known-metric", name, "is not a metric of agreement " + id));
    }
}
