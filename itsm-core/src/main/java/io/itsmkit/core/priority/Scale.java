package io.itsmkit.core.priority;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of levels of one kind (impact, urgency or priority) with an explicit
 * {@link SeverityDirection}, e.g. ServiceNow's impact scale {@code 1 - High, 2 - Medium, 3 - Low}.
 *
 * <p>Labels are given most severe first, whatever the direction; the direction only decides the
 * {@link Level#number() numbers} shown next to them. Scales are equal when they have the same kind,
 * name, direction and labels.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <L> the kind of level: {@link Impact}, {@link Urgency} or {@link Priority}
 */
public final class Scale<L extends Level<L>> {
    /** The most levels a scale may have. */
    public static final int MAX_SIZE = 20;

    private final String kind;
    private final String name;
    private final SeverityDirection direction;
    private final ImmutableList<String> labels;
    private final ImmutableList<L> levels;
    private final int hash;

    private Scale(
            String kind,
            String name,
            SeverityDirection direction,
            List<String> labels,
            BiFunction<Scale<L>, Integer, L> factory) {
        this.kind = kind;
        this.name = Checks.notBlank(name, kind + "Scale.name");
        this.direction = Checks.notNull(direction, kind + "Scale.direction");
        this.labels = validLabels(kind, labels);
        ImmutableList.Builder<L> b = ImmutableList.builder();
        for (int i = 0; i < this.labels.size(); i++) {
            b.add(factory.apply(this, i));
        }
        this.levels = b.build();
        this.hash = java.util.Objects.hash(kind, name, direction, this.labels);
    }

    private static ImmutableList<String> validLabels(String kind, List<String> labels) {
        String path = kind + "Scale.labels";
        Checks.notNull(labels, path);
        Checks.Collector c = Checks.collector();
        c.require(
                !labels.isEmpty() && labels.size() <= MAX_SIZE,
                path,
                "size",
                labels.size(),
                "must have between 1 and " + MAX_SIZE + " levels");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            c.require(label != null && !label.isBlank(), path + "[" + i + "]", "not-blank", label, "must not be blank");
            c.require(
                    label == null || seen.add(label),
                    path + "[" + i + "]",
                    "unique",
                    label,
                    "must not repeat another label");
        }
        c.throwIfAny();
        return ImmutableList.copyOf(labels);
    }

    /**
     * Creates an impact scale.
     *
     * @param name the scale's name, e.g. {@code "ServiceNow impact"}
     * @param direction how levels are numbered
     * @param labels the labels, most severe first
     * @return the scale
     * @throws ValidationException if the name is blank, or labels are missing, blank or repeated
     */
    public static Scale<Impact> impacts(String name, SeverityDirection direction, String... labels) {
        return new Scale<>("impact", name, direction, labelList(labels, "impact"), Impact::new);
    }

    /**
     * Creates an urgency scale.
     *
     * @param name the scale's name
     * @param direction how levels are numbered
     * @param labels the labels, most severe first
     * @return the scale
     * @throws ValidationException if the name is blank, or labels are missing, blank or repeated
     */
    public static Scale<Urgency> urgencies(String name, SeverityDirection direction, String... labels) {
        return new Scale<>("urgency", name, direction, labelList(labels, "urgency"), Urgency::new);
    }

    /**
     * Creates a priority scale.
     *
     * @param name the scale's name
     * @param direction how levels are numbered
     * @param labels the labels, most severe first
     * @return the scale
     * @throws ValidationException if the name is blank, or labels are missing, blank or repeated
     */
    public static Scale<Priority> priorities(String name, SeverityDirection direction, String... labels) {
        return new Scale<>("priority", name, direction, labelList(labels, "priority"), Priority::new);
    }

    private static List<String> labelList(String[] labels, String kind) {
        Checks.notNull(labels, kind + "Scale.labels");
        return java.util.Arrays.asList(labels);
    }

    /**
     * Returns the scale's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of level: {@code "impact"}, {@code "urgency"} or {@code "priority"}.
     *
     * @return the kind
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns how the scale numbers its levels.
     *
     * @return the direction
     */
    public SeverityDirection direction() {
        return direction;
    }

    /**
     * Returns the number of levels.
     *
     * @return the size, at least 1
     */
    public int size() {
        return levels.size();
    }

    /**
     * Returns every level, most severe first.
     *
     * @return an immutable list
     */
    public List<L> levels() {
        return levels;
    }

    /**
     * Returns the most severe level.
     *
     * @return the first level
     */
    public L mostSevere() {
        return levels.get(0);
    }

    /**
     * Returns the least severe level.
     *
     * @return the last level
     */
    public L leastSevere() {
        return levels.get(levels.size() - 1);
    }

    /**
     * Returns the level at a severity index (0 = most severe).
     *
     * @param severityIndex the index
     * @return the level
     * @throws ValidationException with rule {@code "in-range"} if the index is outside the scale
     */
    public L atSeverityIndex(int severityIndex) {
        if (severityIndex < 0 || severityIndex >= levels.size()) {
            throw new ValidationException(
                    kind + ".severityIndex",
                    "in-range",
                    severityIndex,
                    "must be between 0 and " + (levels.size() - 1) + " on scale '" + name + "'");
        }
        return levels.get(severityIndex);
    }

    /**
     * Returns the level with a vendor-style number.
     *
     * @param number the number, from 1 to {@link #size()}
     * @return the level
     * @throws ValidationException with rule {@code "in-range"} if no level has that number
     */
    public L level(int number) {
        if (number < 1 || number > levels.size()) {
            throw new ValidationException(
                    kind, "in-range", number, "must be between 1 and " + levels.size() + " on scale '" + name + "'");
        }
        return levels.get(direction == SeverityDirection.ONE_IS_MOST_SEVERE ? number - 1 : levels.size() - number);
    }

    /**
     * Finds the level with a label.
     *
     * @param label the label, compared exactly
     * @return the level, or empty if none has that label
     */
    public Optional<L> labelled(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? Optional.empty() : Optional.of(levels.get(i));
    }

    /**
     * Tells whether a level belongs to this scale.
     *
     * @param level any level
     * @return {@code true} if it is one of this scale's levels
     */
    public boolean contains(Level<?> level) {
        Checks.notNull(level, "level");
        return level.scale().equals(this) && levels.get(level.severityIndex()).getClass() == level.getClass();
    }

    /**
     * Returns {@code level} if it belongs to this scale.
     *
     * @param level the level to check
     * @param path the field path named in the violation
     * @return {@code level}, typed for this scale
     * @throws ValidationException with rule {@code "required"} or {@code "on-scale"}
     */
    @SuppressWarnings("unchecked")
    public L requireMember(@Nullable Level<?> level, String path) {
        Level<?> member = Checks.notNull(level, path);
        if (!contains(member)) {
            throw new ValidationException(
                    path,
                    "on-scale",
                    member.scale().name() + ": " + member,
                    "must be a level of the " + kind + " scale '" + name + "'");
        }
        return (L) member;
    }

    int numberOf(int severityIndex) {
        return direction == SeverityDirection.ONE_IS_MOST_SEVERE ? severityIndex + 1 : levels.size() - severityIndex;
    }

    String labelOf(int severityIndex) {
        return labels.get(severityIndex);
    }

    /**
     * Scales are equal when they have the same kind, name, direction and labels.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o == this
                || (o instanceof Scale<?> other
                        && other.kind.equals(kind)
                        && other.name.equals(name)
                        && other.direction == direction
                        && other.labels.equals(labels));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * Renders the scale, e.g. {@code "impact scale 'ServiceNow impact' [1 - High, 2 - Medium, 3 - Low]"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return kind + " scale '" + name + "' " + levels;
    }
}
