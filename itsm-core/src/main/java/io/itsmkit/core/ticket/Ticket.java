package io.itsmkit.core.ticket;

import com.google.common.collect.ImmutableSet;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.timeline.Fold;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident or a service request: the left fold of its {@link TicketEvent}s.
 *
 * <p>Every command ({@link #transition}, {@link #putOnHold}, {@link #assign}, ...) validates, creates one
 * event and applies it, returning the new ticket (whose {@link #timeline()} ends with that event); the
 * ticket it is called on does not change. A command that would change nothing returns the same ticket and
 * records no event. {@link #replay(Timeline)} rebuilds a ticket from its timeline alone, so the timeline is
 * the only state a host has to store: {@code Ticket.replay(t.timeline()).equals(t)} for every ticket.
 *
 * <p>Failures: bad input (null, blank, levels of another matrix, an instant before the last event) throws
 * {@link ValidationException}; a step the current state refuses throws {@link StateChangeRefusedException}
 * (rule {@code "open-ticket"} on a closed or cancelled ticket, {@code "first-response-once"},
 * {@code "supplier-engaged"}), or its subtype {@link IllegalTransitionException} for a lifecycle step that
 * {@link Lifecycles#TICKET} or {@link Lifecycles#MAJOR_INCIDENT} does not allow.
 *
 * <p>Retroactive facts (a stamp that occurred before the last event): a command is decided, and refused, on
 * the ticket as it stood when its event occurred, not as it stands now. So "open-ticket" and the other
 * refusals speak of that moment: a caller's reply, a priority change or an assignment that happened while
 * the ticket was open can be recorded after it was closed. The events after it must still hold, or the
 * command is refused with rule {@code "fits-history"}; see {@link Fold#record}.
 *
 * <p>Guarantees: {@link #hold()} is present exactly in {@link TicketState#ON_HOLD}; {@link #resolvedAt()}
 * is present exactly in {@code RESOLVED} and in a {@code CLOSED} reached from it; only incidents have a
 * major incident standing other than {@code NONE}; {@link #reopenCount()} counts the reopens in the
 * timeline. Tickets are equal when their timelines are.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Ticket implements Identified<TicketId> {
    private final TicketId id;
    private final TicketKind kind;
    private final String title;
    private final TicketState state;
    private final Optional<Hold> hold;
    private final PriorityDecision priority;
    private final Classification classification;
    private final Optional<Assignment> assignment;
    private final ImmutableSet<SupplierId> engagedSuppliers;
    private final int reopenCount;
    private final Optional<Instant> resolvedAt;
    private final Optional<Instant> firstRespondedAt;
    private final MajorIncidentState majorIncident;
    private final Timeline<TicketEvent> timeline;

    private Ticket(Fields f, Timeline<TicketEvent> timeline) {
        this.id = f.id;
        this.kind = f.kind;
        this.title = f.title;
        this.state = f.state;
        this.hold = f.hold;
        this.priority = f.priority;
        this.classification = f.classification;
        this.assignment = f.assignment;
        this.engagedSuppliers = f.engagedSuppliers;
        this.reopenCount = f.reopenCount;
        this.resolvedAt = f.resolvedAt;
        this.firstRespondedAt = f.firstRespondedAt;
        this.majorIncident = f.majorIncident;
        this.timeline = timeline;
    }

    /** A mutable copy of a ticket's fields, used only while one event is applied. */
    private static final class Fields {
        TicketId id;
        TicketKind kind;
        String title;
        TicketState state;
        Optional<Hold> hold;
        PriorityDecision priority;
        Classification classification;
        Optional<Assignment> assignment;
        ImmutableSet<SupplierId> engagedSuppliers;
        int reopenCount;
        Optional<Instant> resolvedAt;
        Optional<Instant> firstRespondedAt;
        MajorIncidentState majorIncident;

        Fields(TicketId id, TicketEvent.Opened o) {
            this.id = id;
            this.kind = o.kind();
            this.title = o.title();
            this.state = TicketState.NEW;
            this.hold = Optional.empty();
            this.priority = o.priority();
            this.classification = o.classification();
            this.assignment = Optional.empty();
            this.engagedSuppliers = ImmutableSet.of();
            this.reopenCount = 0;
            this.resolvedAt = Optional.empty();
            this.firstRespondedAt = Optional.empty();
            this.majorIncident = MajorIncidentState.NONE;
        }

        Fields(Ticket t) {
            this.id = t.id;
            this.kind = t.kind;
            this.title = t.title;
            this.state = t.state;
            this.hold = t.hold;
            this.priority = t.priority;
            this.classification = t.classification;
            this.assignment = t.assignment;
            this.engagedSuppliers = t.engagedSuppliers;
            this.reopenCount = t.reopenCount;
            this.resolvedAt = t.resolvedAt;
            this.firstRespondedAt = t.firstRespondedAt;
            this.majorIncident = t.majorIncident;
        }
    }

    // ---------------------------------------------------------------- creation and replay

    /**
     * Logs a new incident or service request in state {@code NEW}.
     *
     * @param kind incident or service request
     * @param draft what is known
     * @param stamp who logs it, when it happened (the call) and when it was recorded
     * @return the ticket, with its Opened event
     * @throws ValidationException if an argument is null
     */
    public static Ticket open(TicketKind kind, TicketDraft draft, Stamp stamp) {
        Checks.notNull(kind, "kind");
        Checks.notNull(draft, "draft");
        Checks.notNull(stamp, "stamp");
        Timeline<TicketEvent> t = Timeline.<TicketEvent>empty(draft.id())
                .append(stamp, new TicketEvent.Opened(kind, draft.title(), draft.priority(), draft.classification()));
        return FOLD.replay(t);
    }

    /**
     * Rebuilds a ticket from its timeline: the fold of every event, in order.
     *
     * @param timeline a ticket's timeline, as stored
     * @return the ticket; {@code replay(t.timeline()).equals(t)}
     * @throws ValidationException if the timeline is null or empty, its stream is not a {@link TicketId},
     *     it does not start with the only Opened event, or an event contradicts the state before it (the
     *     violation names the event, e.g. {@code timeline[3]}, and the rule that refused it)
     */
    public static Ticket replay(Timeline<TicketEvent> timeline) {
        return FOLD.replay(timeline);
    }

    /** The fold of a ticket over its events: how replay and every command record and apply events. */
    private static final Fold<Ticket, TicketEvent> FOLD = new Fold<>(Ticket.class, TicketEvent.class) {
        @Override
        protected Ticket start(Timeline<TicketEvent> first) {
            return started(first);
        }

        @Override
        protected Ticket apply(Ticket ticket, Timeline<TicketEvent> next) {
            return ticket.apply(next);
        }

        @Override
        protected Timeline<TicketEvent> timeline(Ticket ticket) {
            return ticket.timeline;
        }
    };

    private static Ticket started(Timeline<TicketEvent> one) {
        if (!(one.stream() instanceof TicketId id)) {
            throw new ValidationException(
                    "timeline.stream", "ticket-id", one.stream().kind(), "a ticket's timeline is keyed by a TicketId");
        }
        if (!(one.first().event() instanceof TicketEvent.Opened opened)) {
            throw new ValidationException(
                    "timeline[0]", "starts-with-opened", one.first().event(), "a ticket's timeline starts with Opened");
        }
        opened.priority().override().ifPresent(o -> {
            if (o.at().isAfter(one.first().occurredAt())) {
                throw new ValidationException(
                        "event.priority.override.at",
                        "override-stamp",
                        o.at(),
                        "an override cannot be dated after the ticket was opened, at "
                                + one.first().occurredAt());
            }
        });
        return new Ticket(new Fields(id, opened), one);
    }

    /**
     * Applies the last event of {@code next}, a timeline one event longer than this ticket's: the only place
     * where a ticket's state changes, for commands and replay alike.
     */
    private Ticket apply(Timeline<TicketEvent> next) {
        Recorded<TicketEvent> r = next.last();
        Fields f = new Fields(this);
        TicketEvent event = r.event();
        if (event instanceof TicketEvent.Opened) {
            throw refused("single-opened", "a ticket's timeline has exactly one Opened event");
        } else if (event instanceof TicketEvent.Reclassified e) {
            requireOpen();
            expect("classification", classification, e.from());
            f.classification = e.to();
        } else if (event instanceof TicketEvent.StateChanged e) {
            expect("state", state, e.from());
            Lifecycles.TICKET.check(subject(), state, e.to());
            f.state = e.to();
            f.hold = e.hold();
            if (e.to() == TicketState.RESOLVED) {
                f.resolvedAt = Optional.of(r.occurredAt());
            } else if (e.to() != TicketState.CLOSED) {
                f.resolvedAt = Optional.empty();
            }
            if (e.isReopen()) {
                f.reopenCount = reopenCount + 1;
            }
        } else if (event instanceof TicketEvent.HoldChanged e) {
            expect("hold", hold.orElseThrow(this::notOnHold), e.from());
            f.hold = Optional.of(e.to());
        } else if (event instanceof TicketEvent.PriorityChanged e) {
            requireOpen();
            expect("priority", priority, e.from());
            e.to().override()
                    .filter(o -> !e.from().override().equals(Optional.of(o)))
                    .ifPresent(o -> {
                        if (!o.actor().equals(r.actor()) || !o.at().equals(r.occurredAt())) {
                            throw new ValidationException(
                                    "event.to.override",
                                    "override-stamp",
                                    o.actor() + " at " + o.at(),
                                    "a new override is the event's own: by " + r.actor() + " at " + r.occurredAt());
                        }
                    });
            f.priority = e.to();
        } else if (event instanceof TicketEvent.AssignmentChanged e) {
            requireOpen();
            expect("assignment", assignment, e.from());
            f.assignment = e.to();
        } else if (event instanceof TicketEvent.SupplierEngaged e) {
            requireOpen();
            if (engagedSuppliers.contains(e.supplier())) {
                throw refused("supplier-engaged", "supplier " + e.supplier() + " is already engaged");
            }
            f.engagedSuppliers = ImmutableSet.<SupplierId>builder()
                    .addAll(engagedSuppliers)
                    .add(e.supplier())
                    .build();
        } else if (event instanceof TicketEvent.SupplierReturned e) {
            requireOpen();
            if (!engagedSuppliers.contains(e.supplier())) {
                throw refused("supplier-engaged", "supplier " + e.supplier() + " is not engaged");
            }
            f.engagedSuppliers = engagedSuppliers.stream()
                    .filter(s -> !s.equals(e.supplier()))
                    .collect(ImmutableSet.toImmutableSet());
        } else if (event instanceof TicketEvent.FirstResponded) {
            requireOpen();
            if (firstRespondedAt.isPresent()) {
                throw refused(
                        "first-response-once", "the first response was already recorded at " + firstRespondedAt.get());
            }
            f.firstRespondedAt = Optional.of(r.occurredAt());
        } else if (event instanceof TicketEvent.CallerReplied) {
            requireOpen();
        } else {
            TicketEvent.MajorIncidentChanged e = (TicketEvent.MajorIncidentChanged) event;
            if (kind != TicketKind.INCIDENT) {
                throw new IllegalTransitionException(
                        subject() + " major incident", majorIncident, e.to(), "only incidents can be major incidents");
            }
            requireOpen();
            expect("majorIncident", majorIncident, e.from());
            Lifecycles.MAJOR_INCIDENT.check(subject() + " major incident", majorIncident, e.to());
            f.majorIncident = e.to();
        }
        return new Ticket(f, next);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw refused("open-ticket", "it is " + state + " and cannot change");
        }
    }

    private StateChangeRefusedException refused(String rule, String reason) {
        return new StateChangeRefusedException(subject(), rule, reason);
    }

    private StateChangeRefusedException notOnHold() {
        return refused("on-hold", "only an ON_HOLD ticket can change why it waits; it is " + state);
    }

    private void expect(String field, Object current, Object eventFrom) {
        if (!current.equals(eventFrom)) {
            throw refused(
                    "event-from-matches",
                    "the event changes " + field + " from " + eventFrom + " but it is " + current);
        }
    }

    private String subject() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + id;
    }

    // ---------------------------------------------------------------- commands

    /*
     * Every command decides its event on the ticket as it stood when the event occurred (FOLD.record): a
     * retroactive fact is decided on the past and must fit the history after it. A decision of null records
     * nothing.
     */

    /**
     * Moves the ticket to another state. Moving from {@code RESOLVED} to {@code IN_PROGRESS} is a reopen: it is
     * counted. Use {@link #putOnHold} for {@code ON_HOLD}, which needs a reason.
     *
     * @param to the new state
     * @param stamp who, when it happened and when it was recorded; a retroactive stamp is decided on the
     *     ticket as it stood then
     * @return the new ticket, with its StateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#TICKET} refuses the move
     * @throws StateChangeRefusedException with rule {@code "fits-history"} if a retroactive move contradicts
     *     what happened after it
     * @throws ValidationException if an argument is null, {@code to} is {@code ON_HOLD} (rule
     *     {@code "hold-iff-on-hold"}), or the stamp is before the first event or recorded before the last one
     */
    public Ticket transition(TicketState to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, t -> new TicketEvent.StateChanged(t.state, to, Optional.empty()));
    }

    /**
     * Puts the ticket on hold.
     *
     * @param hold why it waits, and optionally on what
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket, with its StateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#TICKET} refuses the move
     * @throws StateChangeRefusedException with rule {@code "fits-history"} if a retroactive hold contradicts
     *     what happened after it
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket putOnHold(Hold hold, Stamp stamp) {
        Checks.notNull(hold, "hold");
        return FOLD.record(
                this, stamp, t -> new TicketEvent.StateChanged(t.state, TicketState.ON_HOLD, Optional.of(hold)));
    }

    /**
     * Changes why an on-hold ticket waits, without resuming it; the same hold changes nothing.
     *
     * @param hold the new reason, and optionally what it waits on
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its HoldChanged event, or this ticket if the hold is the same
     * @throws StateChangeRefusedException with rule {@code "on-hold"} if the ticket is not on hold
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket changeHold(Hold hold, Stamp stamp) {
        Checks.notNull(hold, "hold");
        return FOLD.record(
                this,
                stamp,
                t -> t.hold.equals(Optional.of(hold))
                        ? null
                        : new TicketEvent.HoldChanged(t.hold.orElseThrow(t::notOnHold), hold));
    }

    /**
     * Changes what the ticket is about or whom it concerns; the same classification changes nothing.
     *
     * @param to the new classification
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its Reclassified event, or this ticket if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket reclassify(Classification to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, t -> {
            t.requireOpen();
            return to.equals(t.classification) ? null : new TicketEvent.Reclassified(t.classification, to);
        });
    }

    /**
     * Derives the priority again, on the ticket's matrix, from new impact and urgency; any override is dropped
     * ({@link PriorityDecision#recompute}). If the decision does not change, nothing is recorded.
     *
     * @param impact the new impact, a level of the ticket's matrix
     * @param urgency the new urgency, a level of the ticket's matrix
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its PriorityChanged event, or this ticket if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null, a level is of another matrix (rule
     *     {@code "on-scale"}), or the stamp is out of order
     */
    public Ticket reprioritise(Impact impact, Urgency urgency, Stamp stamp) {
        Checks.notNull(impact, "impact");
        Checks.notNull(urgency, "urgency");
        return FOLD.record(this, stamp, t -> t.priorityEvent(t.priority.recompute(impact, urgency)));
    }

    /**
     * Overrides the matrix priority by hand, with a reason; the stamp's actor and occurrence instant are the
     * override's. The same priority for the same reason changes nothing.
     *
     * @param to a level of the ticket's priority scale
     * @param reason why, not blank
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its PriorityChanged event, or this ticket if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null or blank, the level is of another scale (rule
     *     {@code "on-scale"}), or the stamp is out of order
     */
    public Ticket overridePriority(Priority to, String reason, Stamp stamp) {
        Checks.notNull(to, "to");
        Checks.notBlank(reason, "reason");
        Checks.notNull(stamp, "stamp");
        return FOLD.record(this, stamp, t -> {
            boolean same = t.priority
                    .override()
                    .filter(o -> o.priority().equals(to) && o.reason().equals(reason))
                    .isPresent();
            if (same) {
                t.requireOpen();
                return null;
            }
            return t.priorityEvent(
                    t.priority.withOverride(PriorityOverride.of(to, reason, stamp.actor(), stamp.occurredAt())));
        });
    }

    private @Nullable TicketEvent priorityEvent(PriorityDecision to) {
        requireOpen();
        return to.equals(priority) ? null : new TicketEvent.PriorityChanged(priority, to);
    }

    /**
     * Assigns or reassigns the ticket to a team, or an agent of a team; the same assignment changes nothing.
     *
     * @param to the new assignment
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its AssignmentChanged event, or this ticket if nothing changes
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket assign(Assignment to, Stamp stamp) {
        Checks.notNull(to, "to");
        return FOLD.record(this, stamp, t -> t.assignmentEvent(Optional.of(to)));
    }

    /**
     * Removes the assignment; an unassigned ticket stays as it is.
     *
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its AssignmentChanged event, or this ticket if it was unassigned
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if the stamp is null or out of order
     */
    public Ticket unassign(Stamp stamp) {
        return FOLD.record(this, stamp, t -> t.assignmentEvent(Optional.empty()));
    }

    private @Nullable TicketEvent assignmentEvent(Optional<Assignment> to) {
        requireOpen();
        return to.equals(assignment) ? null : new TicketEvent.AssignmentChanged(assignment, to);
    }

    /**
     * Engages a supplier beside the assignment group; an engaged supplier stays as it is.
     *
     * @param supplier the supplier
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its SupplierEngaged event, or this ticket if already engaged
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket engageSupplier(SupplierId supplier, Stamp stamp) {
        Checks.notNull(supplier, "supplier");
        return FOLD.record(this, stamp, t -> {
            t.requireOpen();
            return t.engagedSuppliers.contains(supplier) ? null : new TicketEvent.SupplierEngaged(supplier);
        });
    }

    /**
     * Records that an engaged supplier handed the ticket back.
     *
     * @param supplier the supplier
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its SupplierReturned event
     * @throws StateChangeRefusedException with rule {@code "supplier-engaged"} if the supplier is not engaged,
     *     or {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null or the stamp is out of order
     */
    public Ticket returnFromSupplier(SupplierId supplier, Stamp stamp) {
        Checks.notNull(supplier, "supplier");
        return FOLD.record(this, stamp, t -> new TicketEvent.SupplierReturned(supplier));
    }

    /**
     * Records the first response to the caller; a phone answer logged later is recorded with a retroactive
     * stamp and counts from when it was given.
     *
     * @param stamp who responded, when it happened and when it was recorded
     * @return the new ticket with its FirstResponded event
     * @throws StateChangeRefusedException with rule {@code "first-response-once"} if already recorded, or
     *     {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if the stamp is null or out of order
     */
    public Ticket recordFirstResponse(Stamp stamp) {
        return FOLD.record(this, stamp, t -> new TicketEvent.FirstResponded());
    }

    /**
     * Records a reply from the caller.
     *
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its CallerReplied event
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if the stamp is null or out of order
     */
    public Ticket recordCallerReply(Stamp stamp) {
        return FOLD.record(this, stamp, t -> new TicketEvent.CallerReplied());
    }

    /**
     * Changes the major incident standing of an incident (propose, accept, reject).
     *
     * @param to the new standing
     * @param reason why, e.g. the trigger rule's name
     * @param stamp who, when it happened and when it was recorded
     * @return the new ticket with its MajorIncidentChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#MAJOR_INCIDENT} refuses the move, or the ticket
     *     is a service request
     * @throws StateChangeRefusedException with rule {@code "open-ticket"} if the ticket is closed or cancelled
     * @throws ValidationException if an argument is null, the reason blank, or the stamp out of order
     */
    public Ticket changeMajorIncident(MajorIncidentState to, String reason, Stamp stamp) {
        Checks.notNull(to, "to");
        Checks.notBlank(reason, "reason");
        return FOLD.record(this, stamp, t -> new TicketEvent.MajorIncidentChanged(t.majorIncident, to, reason));
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Override
    public TicketId id() {
        return id;
    }

    /**
     * Returns the kind.
     *
     * @return incident or service request
     */
    public TicketKind kind() {
        return kind;
    }

    /**
     * Returns the title.
     *
     * @return a non-blank title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public TicketState state() {
        return state;
    }

    /**
     * Returns why the ticket waits.
     *
     * @return the hold in {@code ON_HOLD}, empty otherwise
     */
    public Optional<Hold> hold() {
        return hold;
    }

    /**
     * Returns the effective priority.
     *
     * @return the priority, from the matrix or an override
     */
    public Priority priority() {
        return priority.priority();
    }

    /**
     * Returns how the priority was reached: matrix, impact, urgency and any override.
     *
     * @return the decision
     */
    public PriorityDecision priorityDecision() {
        return priority;
    }

    /**
     * Returns what the ticket is about and whom it concerns.
     *
     * @return the classification
     */
    public Classification classification() {
        return classification;
    }

    /**
     * Returns who works the ticket.
     *
     * @return the assignment, or empty if unassigned
     */
    public Optional<Assignment> assignment() {
        return assignment;
    }

    /**
     * Returns the suppliers engaged now, in the order they were engaged.
     *
     * @return an unmodifiable set
     */
    public Set<SupplierId> engagedSuppliers() {
        return engagedSuppliers;
    }

    /**
     * Returns how often the ticket was reopened.
     *
     * @return zero or more
     */
    public int reopenCount() {
        return reopenCount;
    }

    /**
     * Returns when the ticket was last resolved.
     *
     * @return the instant in {@code RESOLVED} and {@code CLOSED} (when resolved before), else empty
     */
    public Optional<Instant> resolvedAt() {
        return resolvedAt;
    }

    /**
     * Returns when the first response was given.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> firstRespondedAt() {
        return firstRespondedAt;
    }

    /**
     * Returns the major incident standing.
     *
     * @return the standing, {@code NONE} by default and always for service requests
     */
    public MajorIncidentState majorIncident() {
        return majorIncident;
    }

    /**
     * Returns every event so far, in order: the ticket's only state of record.
     *
     * @return the timeline
     */
    public Timeline<TicketEvent> timeline() {
        return timeline;
    }

    /**
     * Returns when the ticket was logged.
     *
     * @return the occurrence instant of the Opened event
     */
    public Instant openedAt() {
        return timeline.first().occurredAt();
    }

    /**
     * Tells whether the ticket is still open (not CLOSED nor CANCELLED).
     *
     * @return {@code true} while open
     */
    public boolean isOpen() {
        return !Lifecycles.TICKET.isFinal(state);
    }

    /**
     * Tells whether this is an accepted major incident.
     *
     * @return {@code true} if the major incident standing is {@code ACCEPTED}
     */
    public boolean isMajorIncident() {
        return majorIncident == MajorIncidentState.ACCEPTED;
    }

    /**
     * Tickets are equal when their timelines are (the state is the fold of the timeline).
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ticket t && t.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return timeline.hashCode();
    }

    /**
     * Renders the kind, id, state and priority.
     *
     * @return the rendering, e.g. {@code "incident INC-1 [IN_PROGRESS, priority 2 - High, 4 events]"}
     */
    @Override
    public String toString() {
        return subject() + " [" + state + ", priority " + priority() + ", " + timeline.size() + " events]";
    }
}
