package io.itsmkit.core.label;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.OnHoldReason;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Display names of itsmkit's enumerations in English (the default) and Italian.
 *
 * <p>Keys are the enum's simple name (nested names joined by dots) and the constant, e.g.
 * {@code TicketState.ON_HOLD} or {@code ProblemResolution.Code.FIX_APPLIED}. A locale other than Italian
 * gets English, whatever the JVM's default locale.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Labels {
    private static final String BUNDLE = "io.itsmkit.core.label.labels";

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Returns the labels for a locale.
     *
     * @param locale the locale, e.g. {@link Locale#ITALIAN}
     * @return the labels
     * @throws ValidationException if the locale is null
     */
    public static Labels of(Locale locale) {
        Checks.notNull(locale, "locale");
        return new Labels(ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /**
     * Returns the display name of an enum constant.
     *
     * @param value the constant
     * @return the label
     * @throws ValidationException with rule {@code "labelled"} if the constant has no label (a library bug)
     */
    public String label(Enum<?> value) {
        Checks.notNull(value, "value");
        String key = keyOf(value);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new ValidationException("value", "labelled", key, "has no label in " + BUNDLE);
        }
    }

    /**
     * Returns the display name of an on-hold reason: the label of a built-in reason, the code of a reason the
     * host defined (which has no label).
     *
     * @param reason the reason
     * @return its label in this locale, or its code
     * @throws ValidationException if {@code reason} is null
     */
    public String label(OnHoldReason reason) {
        String key = "OnHoldReason." + Checks.notNull(reason, "reason").code();
        return bundle.containsKey(key) ? bundle.getString(key) : reason.code();
    }

    /**
     * Returns the bundle key of an enum constant.
     *
     * @param value the constant
     * @return e.g. {@code "TicketState.ON_HOLD"}
     */
    public static String keyOf(Enum<?> value) {
        Checks.notNull(value, "value");
        String type = value.getDeclaringClass().getName();
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name();
    }

    /**
     * Returns the locale the labels are in.
     *
     * @return English ({@link Locale#ROOT}) or Italian
     */
    public Locale locale() {
        return bundle.getLocale();
    }
}
