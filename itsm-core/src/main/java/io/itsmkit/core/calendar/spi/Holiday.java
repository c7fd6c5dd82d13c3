package io.itsmkit.core.calendar.spi;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A full-day holiday: a local date and its name, e.g. {@code 2026-12-25 Christmas Day}.
 *
 * <p>Holidays order by date, then by name. Implementation Requirements: immutable and thread-safe.
 *
 * @param date the date the holiday is observed on (a day off), in the calendar's zone
 * @param name the holiday's name, one line of at most {@value #MAX_NAME_LENGTH} characters
 */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final Comparator<Holiday> ORDER =
            Comparator.comparing(Holiday::date).thenComparing(Holiday::name);

    /**
     * Validates the holiday.
     *
     * @param date see {@link #date()}
     * @param name see {@link #name()}
     * @throws ValidationException if the date is null or the name is not a valid holiday name
     */
    public Holiday {
        Checks.notNull(date, "holiday.date");
        checkName(name, "holiday.name");
    }

    /**
     * Checks a holiday or source name: not blank, one line, at most {@value #MAX_NAME_LENGTH} characters.
     *
     * @param name the name
     * @param path the field path named in the violation
     * @return the name
     * @throws ValidationException with rule {@code "required"}, {@code "not-blank"}, {@code "one-line"} or
     *     {@code "max-length"}; or {@code "required"} with path {@code "path"} if the path is null
     */
    public static String checkName(String name, String path) {
        Checks.notBlank(name, Checks.notNull(path, "path"));
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(
                    path, "max-length", name.substring(0, 40) + "...", "must be at most 200 characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(path, "one-line", name, "must be one line without control characters");
        }
        return name;
    }

    /**
     * Orders holidays by date, then by name.
     *
     * @param other another holiday
     * @return the comparison
     * @throws ValidationException if {@code other} is null
     */
    @Override
    public int compareTo(Holiday other) {
        return ORDER.compare(this, Checks.notNull(other, "other"));
    }
}
