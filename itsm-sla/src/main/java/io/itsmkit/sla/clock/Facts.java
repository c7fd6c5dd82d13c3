package io.itsmkit.sla.clock;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.sla.condition.TicketEventKind;
import io.itsmkit.sla.condition.TicketView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ticket as the clocks see it, folded from its events: a light, mutable fold (no validation beyond the
 * Opened rules, no allocation per event), private to one evaluation. Shared with nobody while it changes.
 */
final class Facts implements TicketView {
    private TicketKind kind = TicketKind.INCIDENT;
    private TicketState state = TicketState.NEW;
    private Optional<Hold> hold = Optional.empty();
    private @Nullable PriorityDecision decision;
    private Classification classification = Classification.NONE;
    private Optional<Assignment> assignment = Optional.empty();
    private final List<SupplierId> engaged;
    private boolean firstResponse;
    private final EnumSet<TicketEventKind> happened;
    private boolean opened;

    Facts() {
        this.engaged = new ArrayList<>(2);
        this.happened = EnumSet.noneOf(TicketEventKind.class);
    }

    Facts(Facts f) {
        this.kind = f.kind;
        this.state = f.state;
        this.hold = f.hold;
        this.decision = f.decision;
        this.classification = f.classification;
        this.assignment = f.assignment;
        this.engaged = new ArrayList<>(f.engaged);
        this.firstResponse = f.firstResponse;
        this.happened = EnumSet.copyOf(f.happened);
        this.opened = f.opened;
    }

    /** Starts a new instant: no event happened at it yet. */
    void newInstant() {
        happened.clear();
    }

    boolean isOpened() {
        return opened;
    }

    /** Applies one event; {@code index} names it in a violation. */
    void apply(TicketEvent event, int index) {
        if (event instanceof TicketEvent.Opened o) {
            if (opened) {
                throw new ValidationException(
                        "timeline[" + index + "]",
                        "single-opened",
                        o,
                        "a ticket's timeline has exactly one Opened event");
            }
            opened = true;
            kind = o.kind();
            decision = o.priority();
            classification = o.classification();
            mark(TicketEventKind.OPENED);
            return;
        }
        if (!opened) {
            throw new ValidationException(
                    "timeline[" + index + "]", "starts-with-opened", event, "a ticket's timeline starts with Opened");
        }
        if (event instanceof TicketEvent.StateChanged e) {
            state = e.to();
            hold = e.hold();
            mark(TicketEventKind.STATE_CHANGED);
            if (e.isReopen()) {
                mark(TicketEventKind.REOPENED);
            }
        } else if (event instanceof TicketEvent.HoldChanged e) {
            hold = Optional.of(e.to());
            mark(TicketEventKind.HOLD_CHANGED);
        } else if (event instanceof TicketEvent.Reclassified e) {
            classification = e.to();
            mark(TicketEventKind.RECLASSIFIED);
        } else if (event instanceof TicketEvent.PriorityChanged e) {
            decision = e.to();
            mark(TicketEventKind.PRIORITY_CHANGED);
        } else if (event instanceof TicketEvent.AssignmentChanged e) {
            assignment = e.to();
            mark(TicketEventKind.ASSIGNMENT_CHANGED);
        } else if (event instanceof TicketEvent.SupplierEngaged e) {
            if (!engaged.contains(e.supplier())) {
                engaged.add(e.supplier());
            }
            mark(TicketEventKind.SUPPLIER_ENGAGED);
        } else if (event instanceof TicketEvent.SupplierReturned e) {
            engaged.remove(e.supplier());
            mark(TicketEventKind.SUPPLIER_RETURNED);
        } else if (event instanceof TicketEvent.FirstResponded) {
            firstResponse = true;
            mark(TicketEventKind.FIRST_RESPONDED);
        } else if (event instanceof TicketEvent.CallerReplied) {
            mark(TicketEventKind.CALLER_REPLIED);
        } else {
            mark(TicketEventKind.MAJOR_INCIDENT_CHANGED);
        }
    }

    private void mark(TicketEventKind k) {
        happened.add(k);
    }

    @Override
    public TicketKind kind() {
        return kind;
    }

    @Override
    public TicketState state() {
        return state;
    }

    @Override
    public Optional<Hold> hold() {
        return hold;
    }

    @Override
    public Priority priority() {
        PriorityDecision d = decision;
        if (d == null) {
            throw new ValidationException(
                    "timeline", "starts-with-opened", "no Opened event", "a ticket's timeline starts with Opened");
        }
        return d.priority();
    }

    @Override
    public Classification classification() {
        return classification;
    }

    @Override
    public Optional<Assignment> assignment() {
        return assignment;
    }

    @Override
    public boolean isEngaged(SupplierId supplier) {
        return engaged.contains(supplier);
    }

    @Override
    public boolean hasFirstResponse() {
        return firstResponse;
    }

    @Override
    public boolean happened(TicketEventKind k) {
        io.itsmkit.core.error.Checks.notNull(k, "kind");
        return happened.contains(k);
    }
}
