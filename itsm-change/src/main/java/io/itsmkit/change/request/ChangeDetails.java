package io.itsmkit.change.request;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The content of a change request (request for change): what it changes, when, how, and who is involved.
 *
 * <p>A plan is present or absent; an absent backout or test plan raises the risk (see
 * {@code io.itsmkit.change.risk.RiskFactors}). A plan that is present is not blank.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param type the change type
 * @param title a short description, not blank
 * @param items the configuration items the change touches, possibly none, in the order given
 * @param plannedWindow the planned start and end, if planned yet
 * @param implementationPlan how the change is carried out
 * @param backoutPlan how the change is undone if it fails
 * @param testPlan how the change is verified
 * @param outage whether the change causes a service outage
 * @param requester who requests the change
 * @param implementer who carries it out, if known
 * @param assignmentGroup the team it is assigned to, if any
 */
public record ChangeDetails(
        ChangeType type,
        String title,
        Set<ConfigurationItemId> items,
        Optional<Window> plannedWindow,
        Optional<String> implementationPlan,
        Optional<String> backoutPlan,
        Optional<String> testPlan,
        boolean outage,
        ActorId requester,
        Optional<ActorId> implementer,
        Optional<TeamId> assignmentGroup) {

    /**
     * Validates and copies the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null, the title or a present plan
     *     blank, or the item set holds null
     * @param type see {@link #type()}
     * @param title see {@link #title()}
     * @param items see {@link #items()}
     * @param plannedWindow see {@link #plannedWindow()}
     * @param implementationPlan see {@link #implementationPlan()}
     * @param backoutPlan see {@link #backoutPlan()}
     * @param testPlan see {@link #testPlan()}
     * @param outage see {@link #outage()}
     * @param requester see {@link #requester()}
     * @param implementer see {@link #implementer()}
     * @param assignmentGroup see {@link #assignmentGroup()}
     */
    public ChangeDetails {
        Checks.notNull(type, "change.type");
        Checks.notBlank(title, "change.title");
        Checks.notNull(items, "change.items");
        Set<ConfigurationItemId> copy = new LinkedHashSet<>();
        for (ConfigurationItemId id : items) {
            copy.add(Checks.notNull(id, "change.items[]"));
        }
        items = Collections.unmodifiableSet(copy);
        Checks.notNull(plannedWindow, "change.plannedWindow");
        plan(implementationPlan, "change.implementationPlan");
        plan(backoutPlan, "change.backoutPlan");
        plan(testPlan, "change.testPlan");
        Checks.notNull(requester, "change.requester");
        Checks.notNull(implementer, "change.implementer");
        Checks.notNull(assignmentGroup, "change.assignmentGroup");
    }

    private static void plan(Optional<String> plan, String path) {
        Checks.notNull(plan, path).ifPresent(p -> Checks.notBlank(p, path));
    }

    /**
     * Starts a builder with the three things every change request has.
     *
     * @param type the change type
     * @param title a short description, not blank
     * @param requester who requests the change
     * @return a builder with no item, window, plan, implementer nor group, and no outage
     */
    public static Builder builder(ChangeType type, String title, ActorId requester) {
        return new Builder(type, title, requester);
    }

    /**
     * Returns a builder holding this content, to derive a revised one.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(type, title, requester);
        b.items.addAll(items);
        b.plannedWindow = plannedWindow;
        b.implementationPlan = implementationPlan;
        b.backoutPlan = backoutPlan;
        b.testPlan = testPlan;
        b.outage = outage;
        b.implementer = implementer;
        b.assignmentGroup = assignmentGroup;
        return b;
    }

    /**
     * Collects a change request's content; {@link #build()} validates it. Not thread-safe.
     */
    public static final class Builder {
        private final ChangeType type;
        private final String title;
        private final ActorId requester;
        private final Set<ConfigurationItemId> items = new LinkedHashSet<>();
        private Optional<Window> plannedWindow = Optional.empty();
        private Optional<String> implementationPlan = Optional.empty();
        private Optional<String> backoutPlan = Optional.empty();
        private Optional<String> testPlan = Optional.empty();
        private boolean outage;
        private Optional<ActorId> implementer = Optional.empty();
        private Optional<TeamId> assignmentGroup = Optional.empty();

        private Builder(ChangeType type, String title, ActorId requester) {
            this.type = type;
            this.title = title;
            this.requester = requester;
        }

        /**
         * Adds configuration items the change touches.
         *
         * @param items the items
         * @return this builder
         */
        public Builder items(Collection<ConfigurationItemId> items) {
            Checks.notNull(items, "change.items");
            for (ConfigurationItemId id : items) {
                this.items.add(Checks.notNull(id, "change.items[]"));
            }
            return this;
        }

        /**
         * Sets the planned window.
         *
         * @param window the planned start and end
         * @return this builder
         */
        public Builder plannedWindow(Window window) {
            this.plannedWindow = Optional.of(Checks.notNull(window, "change.plannedWindow"));
            return this;
        }

        /**
         * Sets the implementation plan.
         *
         * @param plan the plan, not blank
         * @return this builder
         */
        public Builder implementationPlan(String plan) {
            this.implementationPlan = Optional.of(Checks.notBlank(plan, "change.implementationPlan"));
            return this;
        }

        /**
         * Sets the backout plan.
         *
         * @param plan the plan, not blank
         * @return this builder
         */
        public Builder backoutPlan(String plan) {
            this.backoutPlan = Optional.of(Checks.notBlank(plan, "change.backoutPlan"));
            return this;
        }

        /**
         * Sets the test plan.
         *
         * @param plan the plan, not blank
         * @return this builder
         */
        public Builder testPlan(String plan) {
            this.testPlan = Optional.of(Checks.notBlank(plan, "change.testPlan"));
            return this;
        }

        /**
         * Sets whether the change causes a service outage.
         *
         * @param outage {@code true} if it does
         * @return this builder
         */
        public Builder outage(boolean outage) {
            this.outage = outage;
            return this;
        }

        /**
         * Sets who carries the change out.
         *
         * @param implementer the implementer
         * @return this builder
         */
        public Builder implementer(ActorId implementer) {
            this.implementer = Optional.of(Checks.notNull(implementer, "change.implementer"));
            return this;
        }

        /**
         * Sets the team the change is assigned to.
         *
         * @param group the assignment group
         * @return this builder
         */
        public Builder assignmentGroup(TeamId group) {
            this.assignmentGroup = Optional.of(Checks.notNull(group, "change.assignmentGroup"));
            return this;
        }

        /**
         * Validates and builds the content.
         *
         * @return the content
         * @throws io.itsmkit.core.error.ValidationException if the type, title or requester is missing or
         *     the title blank
         */
        public ChangeDetails build() {
            return new ChangeDetails(
                    type,
                    title,
                    items,
                    plannedWindow,
                    implementationPlan,
                    backoutPlan,
                    testPlan,
                    outage,
                    requester,
                    implementer,
                    assignmentGroup);
        }
    }
}
