package io.itsmkit.core.priority;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An impact x urgency table that derives a {@link Priority}, validated when it is built.
 *
 * <p>Guarantees, checked by {@link Builder#build()} and reported all at once in a
 * {@link ValidationException} whose violation paths name the cells:
 *
 * <ul>
 *   <li><b>total</b> (rule {@code "total"}): every impact x urgency cell has a priority;
 *   <li><b>monotone</b> (rules {@code "monotone-in-impact"}, {@code "monotone-in-urgency"}): a more
 *       severe impact (or urgency) never gives a less severe priority;
 *   <li><b>override-only levels stay outside</b> (rule {@code "override-only"}): priorities declared
 *       {@link Builder#overrideOnly(Priority) override-only}, such as GLPI's "Major", are in no cell.
 * </ul>
 *
 * <p>Softer smells do not stop a matrix; {@link #lints()} lists them: asymmetry, jumps of more than one
 * level between neighbouring cells, and unreachable priorities.
 *
 * <p>{@link #priorityOf(Impact, Urgency)} is an array look-up, O(1). Presets from ITIL/ServiceNow, GLPI,
 * iTop and Znuny are in {@link PriorityMatrices}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PriorityMatrix {
    private final Scale<Impact> impacts;
    private final Scale<Urgency> urgencies;
    private final Scale<Priority> priorities;
    private final int[] cells; // priority severity index per impactIndex * urgencies + urgencyIndex
    private final ImmutableSet<Priority> overrideOnly;

    private PriorityMatrix(
            Scale<Impact> impacts,
            Scale<Urgency> urgencies,
            Scale<Priority> priorities,
            int[] cells,
            ImmutableSet<Priority> overrideOnly) {
        this.impacts = impacts;
        this.urgencies = urgencies;
        this.priorities = priorities;
        this.cells = cells;
        this.overrideOnly = overrideOnly;
    }

    /**
     * Starts a matrix over three scales.
     *
     * @param impacts the impact scale (rows)
     * @param urgencies the urgency scale (columns)
     * @param priorities the priority scale (cell values)
     * @return an empty builder
     * @throws ValidationException if a scale is null
     */
    public static Builder builder(Scale<Impact> impacts, Scale<Urgency> urgencies, Scale<Priority> priorities) {
        return new Builder(
                Checks.notNull(impacts, "impacts"),
                Checks.notNull(urgencies, "urgencies"),
                Checks.notNull(priorities, "priorities"));
    }

    /**
     * Returns the priority of an impact and an urgency. O(1).
     *
     * @param impact a level of {@link #impacts()}
     * @param urgency a level of {@link #urgencies()}
     * @return the priority in that cell
     * @throws ValidationException if either level is null or belongs to another scale
     */
    public Priority priorityOf(Impact impact, Urgency urgency) {
        Checks.notNull(impact, "impact");
        Checks.notNull(urgency, "urgency");
        impacts.requireMember(impact, "impact");
        urgencies.requireMember(urgency, "urgency");
        return priorities.levels().get(cells[index(impact.severityIndex(), urgency.severityIndex())]);
    }

    /**
     * Returns a copy with one cell changed, validated like a new matrix.
     *
     * @param impact the row
     * @param urgency the column
     * @param priority the new priority of that cell
     * @return the new matrix
     * @throws ValidationException if a level is foreign, or the change breaks a guarantee
     */
    public PriorityMatrix withCell(Impact impact, Urgency urgency, Priority priority) {
        Checks.notNull(impact, "impact");
        Checks.notNull(urgency, "urgency");
        Checks.notNull(priority, "priority");
        Builder b = toBuilder();
        b.cell(impact, urgency, priority);
        return b.build();
    }

    /**
     * Returns a builder holding this matrix's cells and override-only levels.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(impacts, urgencies, priorities);
        System.arraycopy(cells, 0, b.cells, 0, cells.length);
        overrideOnly.forEach(b::overrideOnly);
        return b;
    }

    /**
     * Returns the impact scale (rows).
     *
     * @return the scale
     */
    public Scale<Impact> impacts() {
        return impacts;
    }

    /**
     * Returns the urgency scale (columns).
     *
     * @return the scale
     */
    public Scale<Urgency> urgencies() {
        return urgencies;
    }

    /**
     * Returns the priority scale.
     *
     * @return the scale
     */
    public Scale<Priority> priorities() {
        return priorities;
    }

    /**
     * Returns the priorities that only an override may set, such as GLPI's "Major".
     *
     * @return an immutable set, often empty
     */
    public Set<Priority> overrideOnly() {
        return overrideOnly;
    }

    /**
     * Lists the soft smells of this matrix, in a stable order: asymmetric pairs, steps over one level,
     * unreachable priorities.
     *
     * @return the lints, empty for a clean matrix
     */
    public List<MatrixLint> lints() {
        ImmutableList.Builder<MatrixLint> out = ImmutableList.builder();
        int ni = impacts.size();
        int nu = urgencies.size();
        if (ni == nu) {
            for (int i = 0; i < ni; i++) {
                for (int u = i + 1; u < nu; u++) {
                    if (cells[index(i, u)] != cells[index(u, i)]) {
                        out.add(new MatrixLint(
                                MatrixLint.Rule.ASYMMETRIC,
                                cellPath(i, u),
                                cellText(i, u) + " but the mirrored " + cellText(u, i)));
                    }
                }
            }
        }
        for (int i = 0; i < ni; i++) {
            for (int u = 0; u < nu; u++) {
                if (i + 1 < ni && Math.abs(cells[index(i, u)] - cells[index(i + 1, u)]) > 1) {
                    out.add(new MatrixLint(
                            MatrixLint.Rule.STEP_OVER_ONE,
                            cellPath(i, u),
                            cellText(i, u) + " jumps more than one level to " + cellText(i + 1, u)));
                }
                if (u + 1 < nu && Math.abs(cells[index(i, u)] - cells[index(i, u + 1)]) > 1) {
                    out.add(new MatrixLint(
                            MatrixLint.Rule.STEP_OVER_ONE,
                            cellPath(i, u),
                            cellText(i, u) + " jumps more than one level to " + cellText(i, u + 1)));
                }
            }
        }
        BitSet used = new BitSet();
        Arrays.stream(cells).forEach(used::set);
        for (Priority p : priorities.levels()) {
            if (!used.get(p.severityIndex()) && !overrideOnly.contains(p)) {
                out.add(new MatrixLint(
                        MatrixLint.Rule.UNREACHABLE_PRIORITY,
                        "priority[" + p + "]",
                        "priority " + p + " is in no cell and is not override-only"));
            }
        }
        return out.build();
    }

    private int index(int impactIndex, int urgencyIndex) {
        return impactIndex * urgencies.size() + urgencyIndex;
    }

    private String cellPath(int impactIndex, int urgencyIndex) {
        return "cell[impact=" + impacts.levels().get(impactIndex) + ", urgency="
                + urgencies.levels().get(urgencyIndex) + "]";
    }

    private String cellText(int impactIndex, int urgencyIndex) {
        return cellPath(impactIndex, urgencyIndex) + " = "
                + priorities.levels().get(cells[index(impactIndex, urgencyIndex)]);
    }

    /**
     * Matrices are equal when their scales, cells and override-only levels are equal.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityMatrix m
                && m.impacts.equals(impacts)
                && m.urgencies.equals(urgencies)
                && m.priorities.equals(priorities)
                && Arrays.equals(m.cells, cells)
                && m.overrideOnly.equals(overrideOnly);
    }

    @Override
    public int hashCode() {
        return Objects.hash(impacts, urgencies, priorities, Arrays.hashCode(cells), overrideOnly);
    }

    /**
     * Renders the matrix as rows of priority numbers, e.g. {@code "PriorityMatrix[1 2 3 / 2 3 4 / 3 4 5]"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PriorityMatrix[");
        for (int i = 0; i < impacts.size(); i++) {
            if (i > 0) {
                sb.append(" / ");
            }
            for (int u = 0; u < urgencies.size(); u++) {
                sb.append(u > 0 ? " " : "")
                        .append(priorities.levels().get(cells[index(i, u)]).number());
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Fills a {@link PriorityMatrix} cell by cell, then validates it whole. Not thread-safe.
     */
    public static final class Builder {
        private final Scale<Impact> impacts;
        private final Scale<Urgency> urgencies;
        private final Scale<Priority> priorities;
        private final int[] cells;
        private final ImmutableSet.Builder<Priority> overrideOnly = ImmutableSet.builder();

        private Builder(Scale<Impact> impacts, Scale<Urgency> urgencies, Scale<Priority> priorities) {
            this.impacts = impacts;
            this.urgencies = urgencies;
            this.priorities = priorities;
            this.cells = new int[impacts.size() * urgencies.size()];
            Arrays.fill(cells, -1);
        }

        /**
         * Sets one cell.
         *
         * @param impact the row
         * @param urgency the column
         * @param priority the priority
         * @return this builder
         * @throws ValidationException if a level is null or on the wrong scale
         */
        public Builder cell(Impact impact, Urgency urgency, Priority priority) {
            Checks.notNull(impact, "impact");
            Checks.notNull(urgency, "urgency");
            Checks.notNull(priority, "priority");
            impacts.requireMember(impact, "impact");
            urgencies.requireMember(urgency, "urgency");
            priorities.requireMember(priority, "priority");
            cells[impact.severityIndex() * urgencies.size() + urgency.severityIndex()] = priority.severityIndex();
            return this;
        }

        /**
         * Sets a whole row by priority numbers, one per urgency from the most severe urgency to the least.
         *
         * @param impact the row
         * @param priorityNumbers the priorities' vendor numbers, most severe urgency first
         * @return this builder
         * @throws ValidationException if the count does not match the urgency scale or a number is off-scale
         */
        public Builder row(Impact impact, int... priorityNumbers) {
            Checks.notNull(priorityNumbers, "priorityNumbers");
            if (priorityNumbers.length != urgencies.size()) {
                throw new ValidationException(
                        "row[impact=" + impact + "]",
                        "row-length",
                        priorityNumbers.length,
                        "must have one priority per urgency (" + urgencies.size() + ")");
            }
            for (int u = 0; u < priorityNumbers.length; u++) {
                cell(impact, urgencies.levels().get(u), priorities.level(priorityNumbers[u]));
            }
            return this;
        }

        /**
         * Declares a priority that no cell may hold: it can only be set by a {@link PriorityOverride}.
         *
         * @param priority a level of the priority scale
         * @return this builder
         * @throws ValidationException if the level is null or on another scale
         */
        public Builder overrideOnly(Priority priority) {
            overrideOnly.add(priorities.requireMember(priority, "overrideOnly.priority"));
            return this;
        }

        /**
         * Validates and builds the matrix.
         *
         * @return the matrix
         * @throws ValidationException listing every empty cell, every monotonicity break and every cell
         *     that holds an override-only priority
         */
        public PriorityMatrix build() {
            ImmutableSet<Priority> only = overrideOnly.build();
            PriorityMatrix m = new PriorityMatrix(impacts, urgencies, priorities, cells.clone(), only);
            Checks.Collector c = Checks.collector();
            int ni = impacts.size();
            int nu = urgencies.size();
            for (int i = 0; i < ni; i++) {
                for (int u = 0; u < nu; u++) {
                    int p = m.cells[m.index(i, u)];
                    c.require(p >= 0, m.cellPath(i, u), "total", "empty", "every cell needs a priority");
                    if (p < 0) {
                        continue;
                    }
                    c.require(
                            !only.contains(priorities.levels().get(p)),
                            m.cellPath(i, u),
                            "override-only",
                            priorities.levels().get(p),
                            "an override-only priority cannot be in a cell");
                    checkStep(c, m, i, u, i + 1, u, "monotone-in-impact", "impact");
                    checkStep(c, m, i, u, i, u + 1, "monotone-in-urgency", "urgency");
                }
            }
            c.throwIfAny();
            return m;
        }

        private static void checkStep(
                Checks.Collector c, PriorityMatrix m, int i, int u, int i2, int u2, String rule, String axis) {
            if (i2 >= m.impacts.size() || u2 >= m.urgencies.size()) {
                return;
            }
            int severe = m.cells[m.index(i, u)];
            int milder = m.cells[m.index(i2, u2)];
            if (milder >= 0 && severe > milder) {
                c.require(
                        false,
                        m.cellPath(i, u),
                        rule,
                        m.priorities.levels().get(severe),
                        "is less severe than " + m.cellText(i2, u2) + " although its " + axis
                                + " is more severe (a matrix must be monotone in " + axis + ")");
            }
        }
    }
}
