package io.itsmkit.core.error;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A required attribute was {@code null} or never set on a builder.
 *
 * <p>Thrown by generated value builders and factories (rule {@code "required"}); the path is the
 * attribute name.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class MissingAttributeException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception naming each missing attribute: one violation (rule {@code "required"}) per name.
     * Generated builders call it with the names of every attribute that was not set, or with the one
     * attribute that was {@code null}.
     *
     * @param attributes the names of the missing attributes, at least one (none or null is reported as
     *     {@code "attributes"})
     */
    public MissingAttributeException(String @Nullable ... attributes) {
        super(violationsOf(attributes));
    }

    private static List<Violation> violationsOf(String @Nullable ... attributes) {
        List<Violation> violations = new ArrayList<>();
        for (String attribute :
                attributes == null || attributes.length == 0 ? new String[] {"attributes"} : attributes) {
            violations.add(Violation.of(
                    attribute == null ? "attributes" : attribute,
                    "required",
                    "null",
                    "is required and must not be null"));
        }
        return violations;
    }
}
