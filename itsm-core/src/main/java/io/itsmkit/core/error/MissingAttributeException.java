package io.itsmkit.core.error;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern MISSING_LIST = Pattern.compile("\\[([^]]*)]");

    /**
     * Creates the exception from an attribute name, or from the generated "some of required
     * attributes are not set [a, b]" message.
     *
     * @param attributeOrMessage an attribute name or a generated message listing attribute names
     */
    public MissingAttributeException(String attributeOrMessage) {
        super(List.of(
                Violation.of(pathOf(attributeOrMessage), "required", "null", "is required and must not be null")));
    }

    private static String pathOf(String attributeOrMessage) {
        Matcher m = MISSING_LIST.matcher(attributeOrMessage);
        return m.find() ? m.group(1) : attributeOrMessage;
    }
}
