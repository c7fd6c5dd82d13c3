package io.itsmkit.core.ticket;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.StakeholderId;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.style.ItsmStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An incident or a service request, with its whole {@link TicketTimeline}.
 *
 * <p>Every step is a pure function that returns the new ticket and the event that happened
 * ({@link Updated}); the ticket it is called on does not change. Steps follow {@link Lifecycles#TICKET}
 * and {@link Lifecycles#MAJOR_INCIDENT}; a refused step throws an {@link IllegalTransitionException}
 * naming from, to and why. Every step's instant must not be before the last event's.
 *
 * <p>Guarantees: {@link #onHoldReason()} is present exactly in {@link TicketState#ON_HOLD};
 * {@link #resolvedAt()} is present exactly in {@code RESOLVED} and in a {@code CLOSED} reached from it;
 * only incidents have a major incident standing other than {@code NONE}; {@link #reopenCount()} counts
 * the reopens in the timeline.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Ticket {
    Ticket() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public abstract TicketId id();

    /**
     * Returns the kind: {@link TicketKind#INCIDENT} or {@link TicketKind#SERVICE_REQUEST}.
     *
     * @return the kind
     */
    public abstract TicketKind kind();

    /**
     * Returns the title.
     *
     * @return a non-blank title
     */
    public abstract String title();

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public abstract TicketState state();

    /**
     * Returns why the ticket waits.
     *
     * @return the reason in {@code ON_HOLD}, empty otherwise
     */
    public abstract Optional<OnHoldReason> onHoldReason();

    /**
     * Returns how the current priority was reached.
     *
     * @return the decision
     */
    public abstract PriorityDecision priority();

    /**
     * Returns the affected service or configuration item.
     *
     * @return the item, or empty
     */
    public abstract Optional<ConfigurationItemId> affectedItem();

    /**
     * Returns the category.
     *
     * @return the category, or empty
     */
    public abstract Optional<Category> category();

    /**
     * Returns the caller or requester.
     *
     * @return the stakeholder, or empty
     */
    public abstract Optional<StakeholderId> caller();

    /**
     * Returns who works the ticket.
     *
     * @return the assignment, or empty if unassigned
     */
    public abstract Optional<Assignment> assignment();

    /**
     * Returns how often the ticket was reopened.
     *
     * @return zero or more
     */
    @Value.Default
    public int reopenCount() {
        return 0;
    }

    /**
     * Returns when the ticket was last resolved.
     *
     * @return the instant in {@code RESOLVED} and {@code CLOSED} (when resolved before), else empty
     */
    public abstract Optional<Instant> resolvedAt();

    /**
     * Returns when the first response was given.
     *
     * @return the instant, or empty
     */
    public abstract Optional<Instant> firstRespondedAt();

    /**
     * Returns the major incident standing.
     *
     * @return the standing, {@code NONE} by default and always for service requests
     */
    @Value.Default
    public MajorIncidentState majorIncident() {
        return MajorIncidentState.NONE;
    }

    /**
     * Returns every event so far, oldest first.
     *
     * @return the timeline
     */
    public abstract TicketTimeline timeline();

    /**
     * Returns when the ticket was logged.
     *
     * @return the instant of the Opened event
     */
    public Instant openedAt() {
        return timeline().opened().at();
    }

    /**
     * Tells whether the ticket is still open (not CLOSED nor CANCELLED).
     *
     * @return {@code true} while open
     */
    public boolean isOpen() {
        return !Lifecycles.TICKET.isFinal(state());
    }

    /**
     * Tells whether this is an accepted major incident.
     *
     * @return {@code true} if the major incident standing is {@code ACCEPTED}
     */
    public boolean isMajorIncident() {
        return majorIncident() == MajorIncidentState.ACCEPTED;
    }

    /**
     * Logs a new incident or service request in state {@code NEW}.
     *
     * @param kind {@link TicketKind#INCIDENT} or {@link TicketKind#SERVICE_REQUEST}
     * @param draft what is known
     * @param actor who logs it
     * @param at when
     * @return the ticket and its Opened event
     * @throws ValidationException if an argument is null or the kind is {@code PROBLEM} (use
     *     {@link Problem#open})
     */
    public static Updated<Ticket> open(TicketKind kind, TicketDraft draft, ActorId actor, Instant at) {
        Checks.notNull(kind, "kind");
        Checks.notNull(draft, "draft");
        if (kind == TicketKind.PROBLEM) {
            throw new ValidationException("kind", "incident-or-request", kind, "use Problem.open for problems");
        }
        TicketEvent.Opened opened = new TicketEvent.Opened(at, actor, kind, draft.title(), draft.priority());
        Ticket t = ImmutableTicket.builder()
                .id(draft.id())
                .kind(kind)
                .title(draft.title())
                .state(TicketState.NEW)
                .priority(draft.priority())
                .affectedItem(draft.affectedItem())
                .category(draft.category())
                .caller(draft.caller())
                .timeline(TicketTimeline.start(opened))
                .build();
        return new Updated<>(t, opened);
    }

    /**
     * Moves the ticket to another state. Moving from {@code RESOLVED} to {@code IN_PROGRESS} is a reopen:
     * it is counted. Use {@link #putOnHold} for {@code ON_HOLD}, which needs a reason.
     *
     * @param to the new state
     * @param actor who
     * @param at when, not before the last event
     * @return the new ticket and its StateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#TICKET} refuses the move
     * @throws ValidationException if an argument is null, {@code to} is {@code ON_HOLD}, or {@code at} is
     *     before the last event
     */
    public Updated<Ticket> transition(TicketState to, ActorId actor, Instant at) {
        if (Checks.notNull(to, "to") == TicketState.ON_HOLD) {
            throw new ValidationException("to", "on-hold-needs-reason", to, "use putOnHold(reason, ...) for ON_HOLD");
        }
        return move(to, Optional.empty(), actor, at);
    }

    /**
     * Puts the ticket on hold with a reason.
     *
     * @param reason why it waits
     * @param actor who
     * @param at when, not before the last event
     * @return the new ticket and its StateChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#TICKET} refuses the move
     * @throws ValidationException if an argument is null or {@code at} is before the last event
     */
    public Updated<Ticket> putOnHold(OnHoldReason reason, ActorId actor, Instant at) {
        return move(TicketState.ON_HOLD, Optional.of(Checks.notNull(reason, "reason")), actor, at);
    }

    private Updated<Ticket> move(TicketState to, Optional<OnHoldReason> reason, ActorId actor, Instant at) {
        Lifecycles.TICKET.check(subject(), state(), to);
        TicketEvent.StateChanged e = new TicketEvent.StateChanged(at, actor, state(), to, reason);
        ImmutableTicket.Builder b = ImmutableTicket.builder()
                .from(this)
                .state(to)
                .onHoldReason(reason)
                .timeline(timeline().append(e));
        if (to == TicketState.RESOLVED) {
            b.resolvedAt(at);
        } else if (to != TicketState.CLOSED) {
            b.resolvedAt(Optional.empty());
        }
        if (e.isReopen()) {
            b.reopenCount(reopenCount() + 1);
        }
        return new Updated<>(b.build(), e);
    }

    /**
     * Derives the priority again from new impact and urgency; any override is dropped
     * ({@link PriorityDecision#recompute}).
     *
     * @param matrix the matrix
     * @param impact the new impact
     * @param urgency the new urgency
     * @param actor who
     * @param at when, not before the last event
     * @return the new ticket and its PriorityChanged event
     * @throws ValidationException if an argument is null, a level is foreign, the ticket is closed or
     *     cancelled, or {@code at} is before the last event
     */
    public Updated<Ticket> reprioritise(
            PriorityMatrix matrix, Impact impact, Urgency urgency, ActorId actor, Instant at) {
        return changePriority(priority().recompute(matrix, impact, urgency), actor, at);
    }

    /**
     * Overrides the matrix priority by hand; the override's actor and instant are the event's.
     *
     * @param override the override, with reason, actor and instant
     * @return the new ticket and its PriorityChanged event
     * @throws ValidationException if the override is null or on another scale, the ticket is closed or
     *     cancelled, or the override's instant is before the last event
     */
    public Updated<Ticket> overridePriority(PriorityOverride override) {
        Checks.notNull(override, "override");
        return changePriority(priority().withOverride(override), override.actor(), override.at());
    }

    private Updated<Ticket> changePriority(PriorityDecision decision, ActorId actor, Instant at) {
        requireOpen("priority");
        TicketEvent.PriorityChanged e = new TicketEvent.PriorityChanged(at, actor, decision);
        return new Updated<>(
                ImmutableTicket.builder()
                        .from(this)
                        .priority(decision)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Assigns the ticket to a team, an agent or a supplier.
     *
     * @param assignment the new assignment
     * @param actor who
     * @param at when, not before the last event
     * @return the new ticket and its Assigned event
     * @throws ValidationException if an argument is null, the ticket is closed or cancelled, or {@code at}
     *     is before the last event
     */
    public Updated<Ticket> assign(Assignment assignment, ActorId actor, Instant at) {
        requireOpen("assignment");
        TicketEvent.Assigned e = new TicketEvent.Assigned(at, actor, assignment);
        return new Updated<>(
                ImmutableTicket.builder()
                        .from(this)
                        .assignment(assignment)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Records the first response to the caller. Only the first counts.
     *
     * @param actor who responded
     * @param at when, not before the last event
     * @return the new ticket and its FirstResponded event
     * @throws ValidationException with rule {@code "first-response-once"} if already recorded, or if an
     *     argument is null, the ticket is closed or cancelled, or {@code at} is before the last event
     */
    public Updated<Ticket> recordFirstResponse(ActorId actor, Instant at) {
        requireOpen("firstRespondedAt");
        if (firstRespondedAt().isPresent()) {
            throw new ValidationException(
                    "firstRespondedAt",
                    "first-response-once",
                    firstRespondedAt().get(),
                    "the first response of " + id() + " was already recorded");
        }
        TicketEvent.FirstResponded e = new TicketEvent.FirstResponded(at, actor);
        return new Updated<>(
                ImmutableTicket.builder()
                        .from(this)
                        .firstRespondedAt(at)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    /**
     * Changes the major incident standing of an incident (propose, accept, reject).
     *
     * @param to the new standing
     * @param reason why, e.g. the trigger rule's name
     * @param actor who
     * @param at when, not before the last event
     * @return the new ticket and its MajorIncidentChanged event
     * @throws IllegalTransitionException if {@link Lifecycles#MAJOR_INCIDENT} refuses the move, or the
     *     ticket is a service request
     * @throws ValidationException if an argument is null, the reason blank, the ticket closed or
     *     cancelled, or {@code at} before the last event
     */
    public Updated<Ticket> changeMajorIncident(MajorIncidentState to, String reason, ActorId actor, Instant at) {
        Checks.notNull(to, "to");
        if (kind() != TicketKind.INCIDENT) {
            throw new IllegalTransitionException(
                    subject(), majorIncident(), to, "only incidents can be major incidents");
        }
        requireOpen("majorIncident");
        Lifecycles.MAJOR_INCIDENT.check(subject() + " major incident", majorIncident(), to);
        TicketEvent.MajorIncidentChanged e =
                new TicketEvent.MajorIncidentChanged(at, actor, majorIncident(), to, reason);
        return new Updated<>(
                ImmutableTicket.builder()
                        .from(this)
                        .majorIncident(to)
                        .timeline(timeline().append(e))
                        .build(),
                e);
    }

    private void requireOpen(String path) {
        if (!isOpen()) {
            throw new ValidationException(path, "open-ticket", state(), id() + " is " + state() + " and cannot change");
        }
    }

    private String subject() {
        return kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id();
    }

    /** Checks the guarantees listed in the class comment. */
    @Value.Check
    protected void check() {
        long reopens = timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                .filter(TicketEvent.StateChanged::isReopen)
                .count();
        Checks.collector()
                .require(
                        kind() != TicketKind.PROBLEM,
                        "kind",
                        "incident-or-request",
                        kind(),
                        "a Ticket is an incident or a service request; problems are Problem values")
                .require(!title().isBlank(), "title", "not-blank", title(), "must not be blank")
                .require(
                        onHoldReason().isPresent() == (state() == TicketState.ON_HOLD),
                        "onHoldReason",
                        "reason-iff-on-hold",
                        onHoldReason().map(Enum::name).orElse("none"),
                        "must be present exactly in ON_HOLD")
                .require(
                        state() != TicketState.RESOLVED || resolvedAt().isPresent(),
                        "resolvedAt",
                        "required-when-resolved",
                        "none",
                        "must be present in RESOLVED")
                .require(
                        resolvedAt().isEmpty() || state() == TicketState.RESOLVED || state() == TicketState.CLOSED,
                        "resolvedAt",
                        "only-when-resolved",
                        resolvedAt().map(Instant::toString).orElse("none"),
                        "must be empty unless RESOLVED or CLOSED")
                .require(
                        kind() == TicketKind.INCIDENT || majorIncident() == MajorIncidentState.NONE,
                        "majorIncident",
                        "incidents-only",
                        majorIncident(),
                        "only incidents have a major standing")
                .require(
                        reopenCount() == reopens,
                        "reopenCount",
                        "matches-timeline",
                        reopenCount(),
                        "must equal the reopens in the timeline (" + reopens + ")")
                .throwIfAny();
    }
}
