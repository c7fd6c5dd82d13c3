package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The impact x success-probability look-up (ServiceNow's Calculated Risk Score, table
 * {@code sn_chg_probability_risk_lookup}): a risk level for each of the nine pairs.
 *
 * <p>Guarantees: the table is total (every pair has a level) and monotone: a higher impact or a lower success
 * probability never gives a lower level. Both are checked when the table is built.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RiskLookup {
    private final Map<ChangeImpact, Map<SuccessProbability, RiskLevel>> cells;

    private RiskLookup(Map<ChangeImpact, Map<SuccessProbability, RiskLevel>> cells) {
        this.cells = cells;
    }

    /**
     * Starts an empty table.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Looks a level up.
     *
     * @param impact the change's impact
     * @param probability its success probability
     * @return the level
     * @throws io.itsmkit.core.error.ValidationException if an argument is null
     */
    public RiskLevel levelOf(ChangeImpact impact, SuccessProbability probability) {
        Checks.notNull(impact, "impact");
        Checks.notNull(probability, "probability");
        return Objects.requireNonNull(
                Objects.requireNonNull(cells.get(impact), "the table is total").get(probability), "the table is total");
    }

    /** Collects the nine cells. Not thread-safe. */
    public static final class Builder {
        private final Map<ChangeImpact, Map<SuccessProbability, RiskLevel>> cells = new EnumMap<>(ChangeImpact.class);

        private Builder() {}

        /**
         * Sets one cell.
         *
         * @param impact the impact
         * @param probability the success probability
         * @param level the level
         * @return this builder
         */
        public Builder cell(ChangeImpact impact, SuccessProbability probability, RiskLevel level) {
            cells.computeIfAbsent(Checks.notNull(impact, "impact"), k -> new EnumMap<>(SuccessProbability.class))
                    .put(Checks.notNull(probability, "probability"), Checks.notNull(level, "level"));
            return this;
        }

        /**
         * Validates and builds the table.
         *
         * @return the table
         * @throws io.itsmkit.core.error.ValidationException listing every missing cell (rule {@code total}) and
         *     every pair of neighbouring cells out of order (rule {@code monotone})
         */
        public RiskLookup build() {
            Checks.Collector problems = Checks.collector();
            for (ChangeImpact i : ChangeImpact.values()) {
                for (SuccessProbability p : SuccessProbability.values()) {
                    problems.require(
                            level(i, p) != null, "lookup[" + i + "," + p + "]", "total", "none", "must have a level");
                }
            }
            problems.throwIfAny();
            for (SuccessProbability p : SuccessProbability.values()) {
                @Nullable ChangeImpact higher = null; // impacts are listed most severe first
                for (ChangeImpact i : ChangeImpact.values()) {
                    RiskLevel here = present(i, p);
                    if (higher != null) {
                        RiskLevel there = present(higher, p);
                        problems.require(
                                here.compareTo(there) <= 0,
                                "lookup[" + i + "," + p + "]",
                                "monotone",
                                here,
                                "must not exceed the level of the higher impact " + higher + " (" + there + ")");
                    }
                    higher = i;
                }
            }
            for (ChangeImpact i : ChangeImpact.values()) {
                @Nullable SuccessProbability likelier = null; // probabilities are listed likeliest first
                for (SuccessProbability p : SuccessProbability.values()) {
                    RiskLevel here = present(i, p);
                    if (likelier != null) {
                        RiskLevel there = present(i, likelier);
                        problems.require(
                                here.compareTo(there) >= 0,
                                "lookup[" + i + "," + p + "]",
                                "monotone",
                                here,
                                "must not be below the level of the likelier success " + likelier + " (" + there + ")");
                    }
                    likelier = p;
                }
            }
            problems.throwIfAny();
            Map<ChangeImpact, Map<SuccessProbability, RiskLevel>> copy = new EnumMap<>(ChangeImpact.class);
            cells.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new RiskLookup(Map.copyOf(copy));
        }

        private @Nullable RiskLevel level(ChangeImpact i, SuccessProbability p) {
            Map<SuccessProbability, RiskLevel> row = cells.get(i);
            return row == null ? null : row.get(p);
        }

        private RiskLevel present(ChangeImpact i, SuccessProbability p) {
            return Objects.requireNonNull(level(i, p), "checked total above");
        }
    }
}
