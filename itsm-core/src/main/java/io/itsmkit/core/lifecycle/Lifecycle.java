package io.itsmkit.core.lifecycle;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ValidationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small explicit state machine: the allowed transitions between the states of an enum, with a reason
 * for every refusal.
 *
 * <p>Guarantees: {@link #isAllowed(Enum, Enum)} is a pure table look-up; a state with no way out is
 * {@link #isFinal(Enum) final}; {@link #check(String, Enum, Enum)} either returns normally or throws an
 * {@link IllegalTransitionException} naming from, to and why (the reason registered with
 * {@link Builder#refuse(Enum, Enum, String)}, or a generic one listing the allowed targets).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <S> the state enum
 */
public final class Lifecycle<S extends Enum<S>> {
    private final String name;
    private final Class<S> states;
    private final ImmutableMap<S, ImmutableSet<S>> allowed;
    private final ImmutableMap<S, ImmutableMap<S, String>> reasons;

    private Lifecycle(
            String name, Class<S> states, Map<S, ImmutableSet<S>> allowed, Map<S, ImmutableMap<S, String>> reasons) {
        this.name = name;
        this.states = states;
        this.allowed = ImmutableMap.copyOf(allowed);
        this.reasons = ImmutableMap.copyOf(reasons);
    }

    /**
     * Starts a lifecycle over the states of an enum.
     *
     * @param name a name used in messages, e.g. {@code "incident"}
     * @param states the state enum
     * @param <S> the state enum
     * @return a builder where nothing is allowed yet
     */
    public static <S extends Enum<S>> Builder<S> builder(String name, Class<S> states) {
        Checks.notBlank(name, "name");
        if (!Checks.notNull(states, "states").isEnum()) {
            throw new ValidationException("states", "enum", states.getName(), "must be an enum type");
        }
        return new Builder<>(name, states);
    }

    /** Checks that a state is not null and is a constant of the lifecycle's enum (raw or unchecked callers). */
    private static <S extends Enum<S>> S state(Class<S> states, @Nullable S s, String path) {
        S checked = Checks.notNull(s, path);
        if (!states.isInstance(checked)) {
            throw new ValidationException(
                    path,
                    "state-of-lifecycle",
                    checked.getDeclaringClass().getName() + "." + checked,
                    "must be a " + states.getSimpleName());
        }
        return checked;
    }

    /**
     * Tells whether a transition is allowed.
     *
     * @param from the current state
     * @param to the requested state
     * @return {@code true} if allowed
     */
    public boolean isAllowed(S from, S to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        return targetsOf(from).contains(state(states, to, "to"));
    }

    /**
     * Returns the states reachable in one step.
     *
     * @param from a state
     * @return the allowed targets, empty for a final state
     */
    public Set<S> targetsOf(S from) {
        return Objects.requireNonNull(allowed.get(state(states, from, "from")));
    }

    /**
     * Tells whether a state has no way out.
     *
     * @param state a state
     * @return {@code true} if no transition leaves it
     */
    public boolean isFinal(S state) {
        return Objects.requireNonNull(allowed.get(state(states, state, "state")))
                .isEmpty();
    }

    /**
     * Returns why a transition is refused, or empty when it is allowed.
     *
     * @param from the current state
     * @param to the requested state
     * @return the reason, or empty
     */
    public Optional<String> refusal(S from, S to) {
        if (isAllowed(from, to)) {
            return Optional.empty();
        }
        String specific = reasons.getOrDefault(from, ImmutableMap.of()).get(to);
        if (specific != null) {
            return Optional.of(specific);
        }
        if (from == to) {
            return Optional.of("it is already " + from);
        }
        if (isFinal(from)) {
            return Optional.of(from + " is final in the " + name + " lifecycle");
        }
        return Optional.of("the " + name + " lifecycle allows from " + from + " only " + targetsOf(from));
    }

    /**
     * Checks a transition.
     *
     * @param subject what is moved, e.g. {@code "incident INC-1"}, named in the exception
     * @param from the current state
     * @param to the requested state
     * @throws IllegalTransitionException naming from, to and the reason, if refused
     */
    public void check(String subject, S from, S to) {
        Checks.notBlank(subject, "subject");
        Optional<String> why = refusal(from, to);
        if (why.isPresent()) {
            throw new IllegalTransitionException(subject, from, to, why.get());
        }
    }

    /**
     * Returns the lifecycle's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Renders the allowed transitions.
     *
     * @return e.g. {@code "incident lifecycle {NEW=[IN_PROGRESS, ...], ...}"}
     */
    @Override
    public String toString() {
        return name + " lifecycle " + allowed;
    }

    /**
     * Declares a {@link Lifecycle}'s transitions. Not thread-safe.
     *
     * @param <S> the state enum
     */
    public static final class Builder<S extends Enum<S>> {
        private final String name;
        private final Class<S> states;
        private final Map<S, Set<S>> allowed;
        private final Map<S, Map<S, String>> reasons;

        private Builder(String name, Class<S> states) {
            this.name = name;
            this.states = states;
            this.allowed = new EnumMap<>(states);
            this.reasons = new EnumMap<>(states);
            for (S s : states.getEnumConstants()) {
                allowed.put(s, EnumSet.noneOf(states));
                reasons.put(s, new EnumMap<>(states));
            }
        }

        /**
         * Allows transitions from one state to each of the given states.
         *
         * @param from the source state
         * @param first a target
         * @param more further targets
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> allow(S from, S first, S... more) {
            Checks.notNull(from, "from");
            Checks.notNull(first, "first");
            Checks.notNull(more, "more");
            Set<S> targets = Objects.requireNonNull(allowed.get(state(from, "from")));
            targets.add(state(first, "first"));
            for (int i = 0; i < more.length; i++) {
                targets.add(state(more[i], "more[" + i + "]"));
            }
            return this;
        }

        private S state(@Nullable S s, String path) {
            return Lifecycle.state(states, s, path);
        }

        /**
         * Records the reason given when a transition that is not allowed is asked for.
         *
         * @param from the source state
         * @param to the target state
         * @param reason the reason, not blank
         * @return this builder
         */
        public Builder<S> refuse(S from, S to, String reason) {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.notBlank(reason, "reason");
            Objects.requireNonNull(reasons.get(state(from, "from")))
                    .put(state(to, "to"), Checks.notBlank(reason, "reason"));
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @return the lifecycle
         */
        public Lifecycle<S> build() {
            Map<S, ImmutableSet<S>> a = new EnumMap<>(states);
            Map<S, ImmutableMap<S, String>> r = new EnumMap<>(states);
            allowed.forEach((k, v) -> a.put(k, ImmutableSet.copyOf(v)));
            reasons.forEach((k, v) -> r.put(k, ImmutableMap.copyOf(v)));
            return new Lifecycle<>(name, states, a, r);
        }
    }
}
