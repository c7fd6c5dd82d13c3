package io.itsmkit.change.approval;

import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.core.error.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Approval routing by change type and risk level: the approval stages a change needs, in order. No stage means
 * pre-approved.
 *
 * <p>Guarantees: the matrix is total (every type and level has a route, checked when built); a standard change
 * is always pre-approved.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AuthorityMatrix {
    private static final List<RiskLevel> ABOVE_LOW = List.of(RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.VERY_HIGH);

    /**
     * ServiceNow Simplified Change Management defaults ("Configure the Normal change model", "Configure the
     * Emergency change model"): a normal change is approved by a member of its assignment group in Assess, then
     * in Authorize by a member of its assignment group at low risk and by the CAB above; an emergency change is
     * approved in Authorize the same way; a standard change is pre-approved. Very high risk, which the
     * simplified model does not have, goes to the CAB like high risk.
     */
    public static final AuthorityMatrix SERVICENOW_SIMPLIFIED = build(b -> {
        b.route(ChangeType.NORMAL, RiskLevel.LOW, assess(), authorize(ChangeAuthority.PEER));
        b.route(ChangeType.EMERGENCY, RiskLevel.LOW, authorize(ChangeAuthority.PEER));
        for (RiskLevel l : ABOVE_LOW) {
            b.route(ChangeType.NORMAL, l, assess(), authorize(ChangeAuthority.CAB));
            b.route(ChangeType.EMERGENCY, l, authorize(ChangeAuthority.CAB));
        }
    });

    /**
     * Authority rising with risk, the common shape of published models (a peer for low risk, the change manager
     * for moderate, the CAB for high and very high; an emergency CAB for emergency changes; standard changes
     * pre-approved), each approved once in Authorize.
     */
    public static final AuthorityMatrix BY_RISK = build(b -> {
        b.route(ChangeType.NORMAL, RiskLevel.LOW, authorize(ChangeAuthority.PEER));
        b.route(ChangeType.NORMAL, RiskLevel.MODERATE, authorize(ChangeAuthority.CHANGE_MANAGER));
        b.route(ChangeType.NORMAL, RiskLevel.HIGH, authorize(ChangeAuthority.CAB));
        b.route(ChangeType.NORMAL, RiskLevel.VERY_HIGH, authorize(ChangeAuthority.CAB));
        for (RiskLevel l : RiskLevel.values()) {
            b.route(ChangeType.EMERGENCY, l, authorize(ChangeAuthority.EMERGENCY_CAB));
        }
    });

    private final Map<ChangeType, Map<RiskLevel, List<ApprovalStage>>> routes;

    private AuthorityMatrix(Map<ChangeType, Map<RiskLevel, List<ApprovalStage>>> routes) {
        this.routes = routes;
    }

    private static ApprovalStage assess() {
        return new ApprovalStage(ChangeState.ASSESS, ChangeAuthority.PEER);
    }

    private static ApprovalStage authorize(ChangeAuthority a) {
        return new ApprovalStage(ChangeState.AUTHORIZE, a);
    }

    private static AuthorityMatrix build(Consumer<Builder> routes) {
        Builder b = builder();
        routes.accept(b);
        return b.build();
    }

    /**
     * Starts an empty matrix; standard changes are pre-approved from the start.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the approval stages of a change.
     *
     * @param type the change type
     * @param level its risk level
     * @return the stages in order; empty when the change is pre-approved
     * @throws io.itsmkit.core.error.ValidationException if an argument is null
     */
    public List<ApprovalStage> stages(ChangeType type, RiskLevel level) {
        Checks.notNull(type, "type");
        Checks.notNull(level, "level");
        return Objects.requireNonNull(
                Objects.requireNonNull(routes.get(type), "every type has routes")
                        .get(level),
                "the matrix is total");
    }

    /**
     * Returns the change authority: the authority of the last stage, which authorizes the change.
     *
     * @param type the change type
     * @param level its risk level
     * @return the authority; {@link ChangeAuthority#PRE_APPROVED} when there is no stage
     * @throws io.itsmkit.core.error.ValidationException if an argument is null
     */
    public ChangeAuthority authority(ChangeType type, RiskLevel level) {
        List<ApprovalStage> s = stages(type, level);
        return s.isEmpty() ? ChangeAuthority.PRE_APPROVED : s.get(s.size() - 1).authority();
    }

    /** Collects the routes of normal and emergency changes. Not thread-safe. */
    public static final class Builder {
        private final Map<ChangeType, Map<RiskLevel, List<ApprovalStage>>> routes = new EnumMap<>(ChangeType.class);

        private Builder() {
            for (ChangeType t : ChangeType.values()) {
                routes.put(t, new EnumMap<>(RiskLevel.class));
            }
            for (RiskLevel l : RiskLevel.values()) {
                of(ChangeType.STANDARD).put(l, List.of());
            }
        }

        /**
         * Sets the stages of a normal or emergency change at a risk level.
         *
         * @param type {@link ChangeType#NORMAL} or {@link ChangeType#EMERGENCY}
         * @param level the risk level
         * @param stages the stages in order; none means pre-approved
         * @return this builder
         * @throws io.itsmkit.core.error.ValidationException if an argument is null or holds null, or the type is
         *     {@link ChangeType#STANDARD} (always pre-approved)
         */
        public Builder route(ChangeType type, RiskLevel level, ApprovalStage... stages) {
            Checks.notNull(type, "type");
            Checks.notNull(level, "level");
            Checks.notNull(stages, "stages");
            Checks.collector()
                    .require(
                            type != ChangeType.STANDARD,
                            "type",
                            "not-standard",
                            type,
                            "a standard change is pre-approved by its template")
                    .throwIfAny();
            List<ApprovalStage> list = new ArrayList<>();
            for (int i = 0; i < stages.length; i++) {
                list.add(Checks.notNull(stages[i], "stages[" + i + "]"));
            }
            of(type).put(level, List.copyOf(list));
            return this;
        }

        private Map<RiskLevel, List<ApprovalStage>> of(ChangeType type) {
            return Objects.requireNonNull(routes.get(type), "every type has a map from the start");
        }

        /**
         * Validates and builds the matrix.
         *
         * @return the matrix
         * @throws io.itsmkit.core.error.ValidationException listing every type and level without a route
         */
        public AuthorityMatrix build() {
            Checks.Collector problems = Checks.collector();
            Map<ChangeType, Map<RiskLevel, List<ApprovalStage>>> copy = new EnumMap<>(ChangeType.class);
            for (ChangeType t : ChangeType.values()) {
                for (RiskLevel l : RiskLevel.values()) {
                    problems.require(
                            of(t).containsKey(l), "routes[" + t + "," + l + "]", "total", "none", "needs a route");
                }
                copy.put(t, Map.copyOf(of(t)));
            }
            problems.throwIfAny();
            return new AuthorityMatrix(Map.copyOf(copy));
        }
    }
}
