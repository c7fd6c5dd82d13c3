package io.itsmkit.core.priority;

import static io.itsmkit.core.priority.SeverityDirection.HIGHEST_IS_MOST_SEVERE;
import static io.itsmkit.core.priority.SeverityDirection.ONE_IS_MOST_SEVERE;

/**
 * Preset priority matrices, cell for cell as the anchor tools ship them.
 *
 * <ul>
 *   <li>{@link #ITIL}: ITIL / ServiceNow base system, 3 impacts x 3 urgencies to 5 priorities,
 *       {@code priority = impact + urgency - 1}, 1 = most severe.
 *   <li>{@link #GLPI}: GLPI's default 5 x 5 to 5 ({@code priority_matrix} in {@code empty_data.php}),
 *       higher = more severe, plus level 6 "Major", which no cell holds: only an override sets it.
 *   <li>{@link #ITOP}: iTop's hard-coded {@code ComputePriority}, 3 impacts (department, service,
 *       person) x 4 urgencies to 4 priorities, 1 = most severe. Monotone but asymmetric, with a
 *       two-level jump, so its {@link PriorityMatrix#lints() lints} are not empty.
 *   <li>{@link #ZNUNY}: Znuny/OTRS ITSM's criticality x impact ("CIP") default, 5 x 5 to 5, higher =
 *       more severe; the criticality axis plays the urgency role.
 * </ul>
 */
public final class PriorityMatrices {
    private PriorityMatrices() {}

    /** ITIL / ServiceNow base system: 3 x 3 to 5, {@code priority = impact + urgency - 1}. */
    public static final PriorityMatrix ITIL = itil();

    /** GLPI default 5 x 5 to 5, plus the override-only "Major" (6). */
    public static final PriorityMatrix GLPI = glpi();

    /** iTop default: 3 impacts x 4 urgencies to 4 priorities. */
    public static final PriorityMatrix ITOP = itop();

    /** Znuny/OTRS ITSM default criticality x impact to priority. */
    public static final PriorityMatrix ZNUNY = znuny();

    private static PriorityMatrix itil() {
        Scale<Impact> impacts = Scale.impacts("ITIL impact", ONE_IS_MOST_SEVERE, "High", "Medium", "Low");
        Scale<Urgency> urgencies = Scale.urgencies("ITIL urgency", ONE_IS_MOST_SEVERE, "High", "Medium", "Low");
        Scale<Priority> priorities = Scale.priorities(
                "ITIL priority", ONE_IS_MOST_SEVERE, "Critical", "High", "Moderate", "Low", "Planning");
        PriorityMatrix.Builder b = PriorityMatrix.builder(impacts, urgencies, priorities);
        for (Impact i : impacts.levels()) {
            for (Urgency u : urgencies.levels()) {
                b.cell(i, u, priorities.level(i.number() + u.number() - 1));
            }
        }
        return b.build();
    }

    private static PriorityMatrix glpi() {
        String[] five = {"Very high", "High", "Medium", "Low", "Very low"};
        Scale<Impact> impacts = Scale.impacts("GLPI impact", HIGHEST_IS_MOST_SEVERE, five);
        Scale<Urgency> urgencies = Scale.urgencies("GLPI urgency", HIGHEST_IS_MOST_SEVERE, five);
        Scale<Priority> priorities = Scale.priorities(
                "GLPI priority", HIGHEST_IS_MOST_SEVERE, "Major", "Very high", "High", "Medium", "Low", "Very low");
        // GLPI stores [urgency][impact]; the default is symmetric. Rows: impact 5..1; columns: urgency 5..1.
        return PriorityMatrix.builder(impacts, urgencies, priorities)
                .row(impacts.level(5), 5, 5, 4, 3, 2)
                .row(impacts.level(4), 5, 4, 4, 3, 2)
                .row(impacts.level(3), 4, 4, 3, 2, 2)
                .row(impacts.level(2), 3, 3, 2, 2, 1)
                .row(impacts.level(1), 2, 2, 2, 1, 1)
                .overrideOnly(priorities.level(6))
                .build();
    }

    private static PriorityMatrix itop() {
        Scale<Impact> impacts =
                Scale.impacts("iTop impact", ONE_IS_MOST_SEVERE, "A department", "A service", "A person");
        Scale<Urgency> urgencies =
                Scale.urgencies("iTop urgency", ONE_IS_MOST_SEVERE, "Critical", "High", "Medium", "Low");
        Scale<Priority> priorities =
                Scale.priorities("iTop priority", ONE_IS_MOST_SEVERE, "Critical", "High", "Medium", "Low");
        // Rows: impact department, service, person; columns: urgency critical, high, medium, low.
        return PriorityMatrix.builder(impacts, urgencies, priorities)
                .row(impacts.level(1), 1, 1, 2, 4)
                .row(impacts.level(2), 1, 2, 3, 4)
                .row(impacts.level(3), 2, 3, 3, 4)
                .build();
    }

    private static PriorityMatrix znuny() {
        String[] five = {"very high", "high", "normal", "low", "very low"};
        Scale<Impact> impacts = Scale.impacts("Znuny impact", HIGHEST_IS_MOST_SEVERE, five);
        Scale<Urgency> criticalities = Scale.urgencies("Znuny criticality", HIGHEST_IS_MOST_SEVERE, five);
        Scale<Priority> priorities = Scale.priorities("Znuny priority", HIGHEST_IS_MOST_SEVERE, five);
        // Rows: impact 5..1; columns: criticality 5..1.
        return PriorityMatrix.builder(impacts, criticalities, priorities)
                .row(impacts.level(5), 5, 5, 4, 4, 3)
                .row(impacts.level(4), 5, 4, 4, 3, 2)
                .row(impacts.level(3), 4, 4, 3, 2, 2)
                .row(impacts.level(2), 4, 3, 2, 2, 1)
                .row(impacts.level(1), 3, 2, 2, 1, 1)
                .build();
    }
}
