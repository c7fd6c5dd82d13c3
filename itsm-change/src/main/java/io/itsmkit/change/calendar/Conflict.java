package io.itsmkit.change.calendar;

import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import java.util.Set;

/**
 * One conflict of one change, with what it conflicts with and when.
 *
 * <p>Conflicts between two changes come in pairs: if change {@code a} has a {@link ChangeOverlap} or an
 * {@link AssigneeBusy} with {@code b}, then {@code b} has the mirror conflict with {@code a}.
 *
 * <p>Implementation Requirements: every implementation is an immutable, thread-safe record.
 */
public sealed interface Conflict
        permits Conflict.ChangeOverlap, Conflict.AssigneeBusy, Conflict.InBlackout, Conflict.OutsideMaintenance {

    /**
     * Returns the change that has the conflict.
     *
     * @return the change
     */
    ChangeId change();

    /**
     * Returns the kind of conflict.
     *
     * @return the kind
     */
    ConflictKind kind();

    /**
     * Returns the instants in conflict: the overlap with the other change or the blackout, or the part of
     * the change outside the maintenance windows.
     *
     * @return a part of the change's window
     */
    Window window();

    /**
     * Tells whether the conflict stands for someone holding some roles; only a soft freeze can be lifted.
     *
     * @param roles the roles of whoever schedules the change
     * @return {@code false} only for a soft-freeze blackout whose override role is among {@code roles}
     */
    default boolean blocks(Set<String> roles) {
        Checks.notNull(roles, "roles");
        return true;
    }

    /**
     * Another change on the same or a related configuration item overlaps.
     *
     * @param change the change that has the conflict
     * @param item the item of {@code change} concerned
     * @param busyItem the item {@code other} touches: {@code item} itself, or an item related to it
     * @param other the overlapping change
     * @param window the overlap of the two changes' windows
     */
    record ChangeOverlap(
            ChangeId change, ConfigurationItemId item, ConfigurationItemId busyItem, ChangeId other, Window window)
            implements Conflict {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param change see {@link #change()}
         * @param item see {@link #item()}
         * @param busyItem see {@link #busyItem()}
         * @param other see {@link #other()}
         * @param window see {@link #window()}
         */
        public ChangeOverlap {
            Checks.notNull(change, "conflict.change");
            Checks.notNull(item, "conflict.item");
            Checks.notNull(busyItem, "conflict.busyItem");
            Checks.notNull(other, "conflict.other");
            Checks.notNull(window, "conflict.window");
        }

        /**
         * Returns {@link ConflictKind#ITEM_ALREADY_SCHEDULED} when both changes touch the item, else
         * {@link ConflictKind#RELATED_ITEM_ALREADY_SCHEDULED}.
         *
         * @return the kind
         */
        @Override
        public ConflictKind kind() {
            return item.equals(busyItem)
                    ? ConflictKind.ITEM_ALREADY_SCHEDULED
                    : ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED;
        }
    }

    /**
     * The change's assignee is scheduled on another change at the same time.
     *
     * @param change the change that has the conflict
     * @param assignee the person
     * @param other the other change of that person
     * @param window the overlap of the two changes' windows
     */
    record AssigneeBusy(ChangeId change, ActorId assignee, ChangeId other, Window window) implements Conflict {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param change see {@link #change()}
         * @param assignee see {@link #assignee()}
         * @param other see {@link #other()}
         * @param window see {@link #window()}
         */
        public AssigneeBusy {
            Checks.notNull(change, "conflict.change");
            Checks.notNull(assignee, "conflict.assignee");
            Checks.notNull(other, "conflict.other");
            Checks.notNull(window, "conflict.window");
        }

        /**
         * Returns {@link ConflictKind#ASSIGNEE_ALREADY_SCHEDULED}.
         *
         * @return the kind
         */
        @Override
        public ConflictKind kind() {
            return ConflictKind.ASSIGNEE_ALREADY_SCHEDULED;
        }
    }

    /**
     * The change overlaps a blackout of one of its items or of an item related to one.
     *
     * @param change the change that has the conflict
     * @param item the item of {@code change} concerned
     * @param blackedOutItem the item the blackout applies to: {@code item} itself, or an item related to it
     * @param blackout the blackout schedule's name
     * @param freeze how strictly the blackout holds
     * @param window the first part of the change's window inside the blackout
     */
    record InBlackout(
            ChangeId change,
            ConfigurationItemId item,
            ConfigurationItemId blackedOutItem,
            String blackout,
            Freeze freeze,
            Window window)
            implements Conflict {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null or the name blank
         * @param change see {@link #change()}
         * @param item see {@link #item()}
         * @param blackedOutItem see {@link #blackedOutItem()}
         * @param blackout see {@link #blackout()}
         * @param freeze see {@link #freeze()}
         * @param window see {@link #window()}
         */
        public InBlackout {
            Checks.notNull(change, "conflict.change");
            Checks.notNull(item, "conflict.item");
            Checks.notNull(blackedOutItem, "conflict.blackedOutItem");
            Checks.notBlank(blackout, "conflict.blackout");
            Checks.notNull(freeze, "conflict.freeze");
            Checks.notNull(window, "conflict.window");
        }

        /**
         * Returns {@link ConflictKind#BLACKOUT} for a blackout of the item itself, else
         * {@link ConflictKind#RELATED_ITEM_BLACKOUT}.
         *
         * @return the kind
         */
        @Override
        public ConflictKind kind() {
            return item.equals(blackedOutItem) ? ConflictKind.BLACKOUT : ConflictKind.RELATED_ITEM_BLACKOUT;
        }

        /**
         * A soft freeze does not block holders of its override role; a hard one blocks everyone.
         *
         * @param roles the roles of whoever schedules the change
         * @return whether the blackout stands for them
         */
        @Override
        public boolean blocks(Set<String> roles) {
            return !freeze.isLiftedBy(roles);
        }
    }

    /**
     * An item with maintenance windows, or an item related to one, would be changed outside them.
     *
     * @param change the change that has the conflict
     * @param item the item of {@code change} concerned
     * @param maintainedItem the item whose maintenance windows are missed: {@code item} itself, or a related
     *     item
     * @param window the first part of the change's window outside those maintenance windows
     */
    record OutsideMaintenance(
            ChangeId change, ConfigurationItemId item, ConfigurationItemId maintainedItem, Window window)
            implements Conflict {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param change see {@link #change()}
         * @param item see {@link #item()}
         * @param maintainedItem see {@link #maintainedItem()}
         * @param window see {@link #window()}
         */
        public OutsideMaintenance {
            Checks.notNull(change, "conflict.change");
            Checks.notNull(item, "conflict.item");
            Checks.notNull(maintainedItem, "conflict.maintainedItem");
            Checks.notNull(window, "conflict.window");
        }

        /**
         * Returns {@link ConflictKind#OUTSIDE_MAINTENANCE_WINDOW} for the item itself, else
         * {@link ConflictKind#RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW}.
         *
         * @return the kind
         */
        @Override
        public ConflictKind kind() {
            return item.equals(maintainedItem)
                    ? ConflictKind.OUTSIDE_MAINTENANCE_WINDOW
                    : ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW;
        }
    }
}
