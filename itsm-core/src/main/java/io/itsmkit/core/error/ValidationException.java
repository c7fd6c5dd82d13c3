package io.itsmkit.core.error;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Bad input: one or more {@link Violation}s, every one of them reported, not just the first.
 *
 * <p>The message lists every violation as {@code path: message [rule=..., value=...]}; the structured
 * list is available from {@link #violations()} so hosts can show each next to its field.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class ValidationException extends ItsmException {
    private static final long serialVersionUID = 1L;

    /** Every violation found. */
    private final ImmutableList<Violation> violations;

    /**
     * Creates an exception carrying the given violations.
     *
     * @param violations at least one violation
     * @throws ValidationException with path {@code violations} if the list is null, empty or holds null
     */
    public ValidationException(List<Violation> violations) {
        this(copy(violations));
    }

    private ValidationException(ImmutableList<Violation> violations) {
        super(render(violations));
        this.violations = violations;
    }

    /**
     * Creates an exception carrying one violation.
     *
     * @param path the field path
     * @param rule the stable rule name
     * @param offendingValue the offending value
     * @param message a sentence for people
     */
    public ValidationException(String path, String rule, @Nullable Object offendingValue, String message) {
        this(List.of(Violation.of(path, rule, offendingValue, message)));
    }

    private static ImmutableList<Violation> copy(@Nullable List<Violation> violations) {
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(v -> v == null)) {
            throw new ValidationException(ImmutableList.of(Violation.of(
                    "violations",
                    "not-empty-no-null",
                    violations == null ? null : violations.size() + " violations",
                    "a ValidationException needs at least one violation and no null ones")));
        }
        return ImmutableList.copyOf(violations);
    }

    private static String render(List<Violation> violations) {
        return violations.size() == 1
                ? violations.get(0).toString()
                : violations.size() + " violations: "
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns every violation, in the order they were found.
     *
     * @return a non-empty immutable list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns {@link ItsmException.Kind#INVALID_INPUT}.
     *
     * @return {@code INVALID_INPUT}
     */
    @Override
    public final Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
