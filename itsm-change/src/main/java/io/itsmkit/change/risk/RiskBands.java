package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Risk bands: which level a risk score falls in. Each band is given by the score where its level begins;
 * a level covers its first score (inclusive) up to the next band's first score (exclusive), and the highest
 * band has no end.
 *
 * <p>Guarantees: the bands partition the scores from 0 up: every score of zero or more is in exactly one
 * band, and a higher score is never in a lower band. Gaps and overlaps cannot be expressed: the lowest band
 * begins at 0, and each band begins after the one below it (a threshold that is not above the previous one
 * is bad input, as is a negative score). A level with no band is never assigned (Ohio State's model has no
 * moderate level).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RiskBands {
    /** ServiceNow Simplified Change Management: 0-25 low, 26-50 moderate, 51 and above high. */
    public static final RiskBands SERVICENOW_SIMPLIFIED =
            of(Map.of(RiskLevel.LOW, 0L, RiskLevel.MODERATE, 26L, RiskLevel.HIGH, 51L));

    /** Ohio State University: below 8 low ("minor"), 8 and above high ("major"). */
    public static final RiskBands OSU = of(Map.of(RiskLevel.LOW, 0L, RiskLevel.HIGH, 8L));

    private final List<Band> bands;

    private RiskBands(List<Band> bands) {
        this.bands = bands;
    }

    /**
     * One band: a level and its scores.
     *
     * @param level the level
     * @param from the first score of the band, inclusive
     * @param until the first score of the next band, exclusive; empty for the highest band
     */
    public record Band(RiskLevel level, long from, Optional<Long> until) {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, {@code from} negative, or {@code until} not
         *     above {@code from}
         * @param level see {@link #level()}
         * @param from see {@link #from()}
         * @param until see {@link #until()}
         */
        public Band {
            Checks.notNull(level, "band.level");
            Checks.notNegative(from, "band.from");
            Checks.notNull(until, "band.until");
            if (until.isPresent() && until.get() <= from) {
                throw new ValidationException("band.until", "above-from", until.get(), "must be above " + from);
            }
        }

        /**
         * Tells whether a score is in the band.
         *
         * @param score a score
         * @return {@code true} if {@code from <= score < until}
         */
        public boolean contains(long score) {
            return score >= from && until.map(u -> score < u).orElse(true);
        }

        /**
         * Renders the band.
         *
         * @return e.g. {@code "MODERATE: 26 <= score < 51"} or {@code "HIGH: score >= 51"}
         */
        @Override
        public String toString() {
            return level + ": " + until.map(u -> from + " <= score < " + u).orElse("score >= " + from);
        }
    }

    /**
     * Creates bands from the score where each level begins.
     *
     * @param bands for each level used, its first score; the lowest level used must begin at 0
     * @return the bands
     * @throws ValidationException if the map is empty or holds null, a score is negative, the lowest level
     *     does not begin at 0, or a level does not begin above the level below it
     */
    public static RiskBands of(Map<RiskLevel, Long> bands) {
        Checks.notNull(bands, "bands");
        Map<RiskLevel, Long> sorted = new EnumMap<>(RiskLevel.class);
        bands.forEach((level, from) ->
                sorted.put(Checks.notNull(level, "bands.level"), Checks.notNull(from, "bands[" + level + "]")));
        Checks.Collector problems = Checks.collector();
        problems.require(!sorted.isEmpty(), "bands", "not-empty", "{}", "must have at least one band");
        List<Map.Entry<RiskLevel, Long>> begins = new ArrayList<>(sorted.entrySet());
        for (int i = 0; i < begins.size(); i++) {
            RiskLevel level = begins.get(i).getKey();
            long from = begins.get(i).getValue();
            problems.require(from >= 0, "bands[" + level + "]", "not-negative", from, "a score is never negative");
            if (i == 0) {
                problems.require(
                        from == 0, "bands[" + level + "]", "starts-at-zero", from, "the lowest band must begin at 0");
            } else {
                RiskLevel below = begins.get(i - 1).getKey();
                long belowFrom = begins.get(i - 1).getValue();
                problems.require(
                        from > belowFrom,
                        "bands[" + level + "]",
                        "increasing",
                        from,
                        level + " must begin above where " + below + " begins (" + belowFrom + ")");
            }
        }
        problems.throwIfAny();
        List<Band> out = new ArrayList<>();
        for (int i = 0; i < begins.size(); i++) {
            Optional<Long> until =
                    i + 1 < begins.size() ? Optional.of(begins.get(i + 1).getValue()) : Optional.empty();
            out.add(new Band(begins.get(i).getKey(), begins.get(i).getValue(), until));
        }
        return new RiskBands(List.copyOf(out));
    }

    /**
     * Returns the bands, lowest first.
     *
     * @return the bands
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Returns the band a score falls in.
     *
     * @param score a score, zero or more
     * @return the one band holding it
     * @throws ValidationException if the score is negative
     */
    public Band bandOf(long score) {
        Checks.notNegative(score, "score");
        for (int i = bands.size() - 1; i > 0; i--) {
            if (score >= bands.get(i).from()) {
                return bands.get(i);
            }
        }
        return bands.get(0);
    }

    /**
     * Bands are equal when they assign the same levels to the same scores.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RiskBands other && other.bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /**
     * Renders the bands.
     *
     * @return e.g. {@code "[LOW: 0 <= score < 26, MODERATE: 26 <= score < 51, HIGH: score >= 51]"}
     */
    @Override
    public String toString() {
        return bands.toString();
    }
}
