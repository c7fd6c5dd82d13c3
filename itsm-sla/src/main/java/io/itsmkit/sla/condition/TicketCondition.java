package io.itsmkit.sla.condition;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A condition over a ticket, as data: SLA clocks start, pause, resume, stop, cancel and reset on them, and
 * agreements apply to the tickets that match them. Every condition {@link #describe() describes itself}, so
 * an explanation can say which condition fired; {@link #named(String, TicketCondition)} gives one a name of
 * the host's choosing.
 *
 * <p>Most conditions look at the ticket as it stands (<em>level</em> conditions, e.g. "state is RESOLVED");
 * {@link Happened} looks at which events occurred at the instant (an <em>edge</em> condition, e.g. "the
 * ticket was reassigned"), and {@link #isLevel()} tells them apart: agreements are matched with level
 * conditions only.
 *
 * <p>The family is sealed: these are all the conditions there are. Conditions are equal when their data is.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface TicketCondition {

    /**
     * Tells whether the ticket matches.
     *
     * @param ticket the ticket as it stands after the events of one instant
     * @return {@code true} if it matches
     */
    boolean test(TicketView ticket);

    /**
     * Describes the condition for people, e.g. {@code "state in [RESOLVED, CLOSED]"}.
     *
     * @return the description
     */
    String describe();

    /**
     * Tells whether the condition looks only at the ticket as it stands, not at the events of the instant.
     *
     * @return {@code true} for a level condition
     */
    default boolean isLevel() {
        return true;
    }

    // ------------------------------------------------------------------ factories

    /**
     * Never holds: for a clock that never pauses, never resets or is never cancelled.
     *
     * @return the condition
     */
    static TicketCondition never() {
        return Never.INSTANCE;
    }

    /**
     * Holds at the instant the ticket was opened.
     *
     * @return the condition
     */
    static TicketCondition opened() {
        return new Happened(TicketEventKind.OPENED);
    }

    /**
     * Holds at an instant when an event of the given kind occurred.
     *
     * @param kind the kind of event
     * @return the condition
     */
    static TicketCondition happened(TicketEventKind kind) {
        return new Happened(kind);
    }

    /**
     * Holds while the ticket is in one of the states.
     *
     * @param states at least one state
     * @return the condition
     */
    static TicketCondition inState(TicketState... states) {
        return new InState(new HashSet<>(Arrays.asList(Checks.notNull(states, "states"))));
    }

    /**
     * Holds while the ticket is on hold for one of the reasons.
     *
     * @param reasons at least one reason
     * @return the condition
     */
    static TicketCondition onHold(OnHoldReason... reasons) {
        return new OnHold(new HashSet<>(Arrays.asList(Checks.notNull(reasons, "reasons"))));
    }

    /**
     * Holds once the first response was given.
     *
     * @return the condition
     */
    static TicketCondition firstResponded() {
        return FirstResponse.INSTANCE;
    }

    /**
     * Holds while the ticket is assigned to a team.
     *
     * @param team the team
     * @return the condition
     */
    static TicketCondition assignedTo(TeamId team) {
        return new AssignedTo(team);
    }

    /**
     * Holds while a supplier is engaged on the ticket.
     *
     * @param supplier the supplier
     * @return the condition
     */
    static TicketCondition engaged(SupplierId supplier) {
        return new Engaged(supplier);
    }

    /**
     * Holds for tickets of a kind.
     *
     * @param kind incident or service request
     * @return the condition
     */
    static TicketCondition ofKind(TicketKind kind) {
        return new OfKind(kind);
    }

    /**
     * Holds for tickets about a service.
     *
     * @param service the service
     * @return the condition
     */
    static TicketCondition service(ConfigurationItemId service) {
        return new ForService(service);
    }

    /**
     * Holds for tickets about a configuration item.
     *
     * @param item the configuration item
     * @return the condition
     */
    static TicketCondition configurationItem(ConfigurationItemId item) {
        return new ForConfigurationItem(item);
    }

    /**
     * Holds for tickets in a category.
     *
     * @param category the category
     * @return the condition
     */
    static TicketCondition category(Category category) {
        return new InCategory(category);
    }

    /**
     * Holds for tickets of a customer (the caller's organisation).
     *
     * @param customer the customer
     * @return the condition
     */
    static TicketCondition customer(CustomerId customer) {
        return new ForCustomer(customer);
    }

    /**
     * Holds for tickets whose caller is a VIP.
     *
     * @return the condition
     */
    static TicketCondition vip() {
        return Vip.INSTANCE;
    }

    /**
     * Holds for tickets whose priority is at least as severe as a level; never for a priority of another
     * scale.
     *
     * @param level the least severe priority that matches
     * @return the condition
     */
    static TicketCondition priorityAtLeast(Priority level) {
        return new PriorityAtLeast(level);
    }

    /**
     * Holds when the other condition does not.
     *
     * @param condition the condition
     * @return the negation
     */
    static TicketCondition not(TicketCondition condition) {
        return new Not(condition);
    }

    /**
     * Holds when any of the conditions does.
     *
     * @param conditions at least one condition
     * @return the disjunction
     */
    static TicketCondition anyOf(TicketCondition... conditions) {
        return new AnyOf(Arrays.asList(Checks.notNull(conditions, "conditions")));
    }

    /**
     * Holds when all the conditions do.
     *
     * @param conditions at least one condition
     * @return the conjunction
     */
    static TicketCondition allOf(TicketCondition... conditions) {
        return new AllOf(Arrays.asList(Checks.notNull(conditions, "conditions")));
    }

    /**
     * Gives a condition a name of the host's choosing, which {@link #describe()} then returns.
     *
     * @param name the name, not blank
     * @param condition the condition
     * @return the named condition
     */
    static TicketCondition named(String name, TicketCondition condition) {
        return new Named(name, condition);
    }

    /**
     * Returns what a view answered, refusing a null answer from a host's own {@link TicketView}.
     *
     * @param answer the answer
     * @param what the view's method
     * @param <T> the answer's type
     * @return the answer
     * @throws ValidationException with path {@code ticket.<what>} if it is null
     */
    private static <T> T answer(@Nullable T answer, String what) {
        return Checks.notNull(answer, "ticket." + what);
    }

    // ------------------------------------------------------------------ the family

    /** Never holds. */
    enum Never implements TicketCondition {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return false;
        }

        @Override
        public String describe() {
            return "never";
        }
    }

    /**
     * Holds at an instant when an event of a kind occurred (an edge condition).
     *
     * @param kind the kind of event
     */
    record Happened(TicketEventKind kind) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the kind is null
         * @param kind see {@link #kind()}
         */
        public Happened {
            Checks.notNull(kind, "condition.kind");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return ticket.happened(kind);
        }

        @Override
        public String describe() {
            return "event " + kind;
        }

        @Override
        public boolean isLevel() {
            return false;
        }
    }

    /**
     * Holds while the ticket is in one of the states.
     *
     * @param states at least one state
     */
    record InState(Set<TicketState> states) implements TicketCondition {
        /**
         * Validates and copies the component.
         *
         * @throws ValidationException if the set is null, empty or holds null
         * @param states see {@link #states()}
         */
        public InState {
            states = Set.copyOf(
                    Checks.noNulls(new ArrayList<>(Checks.notNull(states, "condition.states")), "condition.states"));
            notEmpty(states, "condition.states");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return states.contains(answer(ticket.state(), "state"));
        }

        @Override
        public String describe() {
            return "state in " + sorted(states);
        }
    }

    /**
     * Holds while the ticket is on hold for one of the reasons.
     *
     * @param reasons at least one reason
     */
    record OnHold(Set<OnHoldReason> reasons) implements TicketCondition {
        /**
         * Validates and copies the component.
         *
         * @throws ValidationException if the set is null, empty or holds null
         * @param reasons see {@link #reasons()}
         */
        public OnHold {
            reasons = Set.copyOf(
                    Checks.noNulls(new ArrayList<>(Checks.notNull(reasons, "condition.reasons")), "condition.reasons"));
            notEmpty(reasons, "condition.reasons");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            Optional<Hold> hold = answer(ticket.hold(), "hold");
            return answer(ticket.state(), "state") == TicketState.ON_HOLD
                    && hold.isPresent()
                    && reasons.contains(hold.get().reason());
        }

        @Override
        public String describe() {
            return "on hold " + sorted(reasons);
        }
    }

    /** Holds once the first response was given. */
    enum FirstResponse implements TicketCondition {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return ticket.hasFirstResponse();
        }

        @Override
        public String describe() {
            return "first response given";
        }
    }

    /**
     * Holds while the ticket is assigned to a team.
     *
     * @param team the team
     */
    record AssignedTo(TeamId team) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the team is null
         * @param team see {@link #team()}
         */
        public AssignedTo {
            Checks.notNull(team, "condition.team");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            Optional<Assignment> assignment = answer(ticket.assignment(), "assignment");
            return assignment.isPresent() && assignment.get().team().equals(team);
        }

        @Override
        public String describe() {
            return "assigned to " + team;
        }
    }

    /**
     * Holds while a supplier is engaged.
     *
     * @param supplier the supplier
     */
    record Engaged(SupplierId supplier) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the supplier is null
         * @param supplier see {@link #supplier()}
         */
        public Engaged {
            Checks.notNull(supplier, "condition.supplier");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return ticket.isEngaged(supplier);
        }

        @Override
        public String describe() {
            return "supplier " + supplier + " engaged";
        }
    }

    /**
     * Holds for tickets of a kind.
     *
     * @param kind the kind
     */
    record OfKind(TicketKind kind) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the kind is null
         * @param kind see {@link #kind()}
         */
        public OfKind {
            Checks.notNull(kind, "condition.kind");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.kind(), "kind") == kind;
        }

        @Override
        public String describe() {
            return "kind " + kind;
        }
    }

    /**
     * Holds for tickets about a service.
     *
     * @param service the service
     */
    record ForService(ConfigurationItemId service) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the service is null
         * @param service see {@link #service()}
         */
        public ForService {
            Checks.notNull(service, "condition.service");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.classification(), "classification")
                    .service()
                    .filter(service::equals)
                    .isPresent();
        }

        @Override
        public String describe() {
            return "service " + service;
        }
    }

    /**
     * Holds for tickets about a configuration item.
     *
     * @param item the configuration item
     */
    record ForConfigurationItem(ConfigurationItemId item) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the item is null
         * @param item see {@link #item()}
         */
        public ForConfigurationItem {
            Checks.notNull(item, "condition.item");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.classification(), "classification")
                    .configurationItem()
                    .filter(item::equals)
                    .isPresent();
        }

        @Override
        public String describe() {
            return "configuration item " + item;
        }
    }

    /**
     * Holds for tickets in a category.
     *
     * @param category the category
     */
    record InCategory(Category category) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the category is null
         * @param category see {@link #category()}
         */
        public InCategory {
            Checks.notNull(category, "condition.category");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.classification(), "classification")
                    .category()
                    .filter(category::equals)
                    .isPresent();
        }

        @Override
        public String describe() {
            return "category " + category;
        }
    }

    /**
     * Holds for tickets of a customer.
     *
     * @param customer the customer
     */
    record ForCustomer(CustomerId customer) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the customer is null
         * @param customer see {@link #customer()}
         */
        public ForCustomer {
            Checks.notNull(customer, "condition.customer");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.classification(), "classification")
                    .customer()
                    .filter(customer::equals)
                    .isPresent();
        }

        @Override
        public String describe() {
            return "customer " + customer;
        }
    }

    /** Holds for tickets whose caller is a VIP. */
    enum Vip implements TicketCondition {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return answer(ticket.classification(), "classification").vip();
        }

        @Override
        public String describe() {
            return "VIP caller";
        }
    }

    /**
     * Holds for tickets whose priority is at least as severe as a level of the same scale.
     *
     * @param level the least severe matching priority
     */
    record PriorityAtLeast(Priority level) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the level is null
         * @param level see {@link #level()}
         */
        public PriorityAtLeast {
            Checks.notNull(level, "condition.level");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            Priority p = answer(ticket.priority(), "priority");
            return level.scale().contains(p) && p.isAtLeastAsSevereAs(level);
        }

        @Override
        public String describe() {
            return "priority " + level + " or more severe";
        }
    }

    /**
     * Holds when the condition does not.
     *
     * @param condition the negated condition
     */
    record Not(TicketCondition condition) implements TicketCondition {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the condition is null
         * @param condition see {@link #condition()}
         */
        public Not {
            Checks.notNull(condition, "condition.condition");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return !condition.test(ticket);
        }

        @Override
        public String describe() {
            return "not (" + condition.describe() + ")";
        }

        @Override
        public boolean isLevel() {
            return condition.isLevel();
        }
    }

    /**
     * Holds when any condition does.
     *
     * @param conditions at least one condition
     */
    record AnyOf(List<TicketCondition> conditions) implements TicketCondition {
        /**
         * Validates and copies the component.
         *
         * @throws ValidationException if the list is null, empty or holds null
         * @param conditions see {@link #conditions()}
         */
        public AnyOf {
            conditions = Checks.noNulls(conditions, "condition.conditions");
            notEmpty(conditions, "condition.conditions");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i).test(ticket)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return conditions.stream().map(TicketCondition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public boolean isLevel() {
            return conditions.stream().allMatch(TicketCondition::isLevel);
        }
    }

    /**
     * Holds when every condition does.
     *
     * @param conditions at least one condition
     */
    record AllOf(List<TicketCondition> conditions) implements TicketCondition {
        /**
         * Validates and copies the component.
         *
         * @throws ValidationException if the list is null, empty or holds null
         * @param conditions see {@link #conditions()}
         */
        public AllOf {
            conditions = Checks.noNulls(conditions, "condition.conditions");
            notEmpty(conditions, "condition.conditions");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            for (int i = 0; i < conditions.size(); i++) {
                if (!conditions.get(i).test(ticket)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return conditions.stream().map(TicketCondition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public boolean isLevel() {
            return conditions.stream().allMatch(TicketCondition::isLevel);
        }
    }

    /**
     * A condition with a name of the host's choosing.
     *
     * @param name the name, not blank
     * @param condition the condition
     */
    record Named(String name, TicketCondition condition) implements TicketCondition {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the name blank
         * @param name see {@link #name()}
         * @param condition see {@link #condition()}
         */
        public Named {
            Checks.notBlank(name, "condition.name");
            Checks.notNull(condition, "condition.condition");
        }

        @Override
        public boolean test(TicketView ticket) {
            Checks.notNull(ticket, "ticket");
            return condition.test(ticket);
        }

        @Override
        public String describe() {
            return name;
        }

        @Override
        public boolean isLevel() {
            return condition.isLevel();
        }
    }

    private static void notEmpty(java.util.Collection<?> values, String path) {
        if (values.isEmpty()) {
            throw new ValidationException(path, "not-empty", "[]", "must hold at least one value");
        }
    }

    private static String sorted(Set<?> values) {
        return new TreeSet<>(values.stream().map(String::valueOf).toList()).toString();
    }
}
