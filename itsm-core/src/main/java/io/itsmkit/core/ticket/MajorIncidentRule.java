package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import java.util.function.Predicate;

/**
 * A named condition under which an incident is proposed as a major incident, e.g. "top priority" or
 * "mission-critical service down". Rules are evaluated in order by {@link MajorIncidentTriggers}; the
 * first match wins and its name becomes the proposal's reason.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the condition is.
 *
 * @param name a non-blank rule name shown to people
 * @param condition the condition, a pure function of the ticket
 */
public record MajorIncidentRule(String name, Predicate<Ticket> condition) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the name blank
     * @param name see {@link #name()}
     * @param condition see {@link #condition()}
     */
    public MajorIncidentRule {
        Checks.notBlank(name, "rule.name");
        Checks.notNull(condition, "rule.condition");
    }

    /**
     * The preset rule: the ticket's effective priority is the most severe of its scale.
     *
     * @return the rule named {@code "top priority"}
     */
    public static MajorIncidentRule topPriority() {
        return new MajorIncidentRule("top priority", t -> t.priority().severityIndex() == 0);
    }
}
