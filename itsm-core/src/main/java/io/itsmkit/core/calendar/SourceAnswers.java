package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * One host {@link HolidaySource} bound to a name, with its checked answers kept per year: the one place a
 * calendar asks a host source. Every operand of a union or intersection built together shares the same
 * instance per name, so a source is asked at most once per year by all of them.
 */
final class SourceAnswers {
    private final String name;
    private final HolidaySource source;
    private final AtomicReferenceArray<List<Holiday>> answers =
            new AtomicReferenceArray<>(BusinessCalendar.LAST_YEAR - BusinessCalendar.FIRST_YEAR + 1);

    SourceAnswers(String name, HolidaySource source) {
        this.name = name;
        this.source = source;
    }

    HolidaySource source() {
        return source;
    }

    /**
     * The checked answer for a year from {@link BusinessCalendar#FIRST_YEAR} to
     * {@link BusinessCalendar#LAST_YEAR}, asking the source the first time only. A failure is not kept:
     * the next call asks again.
     *
     * @param zone the zone of the calendar asking, named in a failure
     */
    List<Holiday> in(int year, ZoneId zone) {
        int slot = year - BusinessCalendar.FIRST_YEAR;
        List<Holiday> a = answers.get(slot);
        if (a == null) {
            synchronized (this) {
                a = answers.get(slot);
                if (a == null) {
                    a = ask(year, zone);
                    answers.set(slot, a);
                }
            }
        }
        return a;
    }

    /** Asks once, copies the answer in a single pass, and checks the copy against the contract. */
    private List<Holiday> ask(int year, ZoneId zone) {
        Object @Nullable [] copy;
        try {
            List<Holiday> answer = source.holidaysIn(year);
            copy = answer == null ? null : answer.toArray();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw fail(year, zone, "it threw " + describe(e), e);
        }
        if (copy == null) {
            throw fail(year, zone, "it answered null", null);
        }
        List<Holiday> out = new ArrayList<>(copy.length);
        for (Object o : copy) {
            if (!(o instanceof Holiday h)) {
                throw fail(
                        year,
                        zone,
                        o == null
                                ? "its answer holds null"
                                : "its answer holds a " + o.getClass().getName(),
                        null);
            }
            if (Math.abs(h.date().getYear() - year) > 1) {
                throw fail(
                        year,
                        zone,
                        "it answered " + h + ", outside " + (year - 1) + " to " + (year + 1)
                                + " (a source answers the holidays of the year asked, observed in it or next to it)",
                        null);
            }
            out.add(h);
        }
        return List.copyOf(out);
    }

    private HolidaySourceException fail(int year, ZoneId zone, String problem, @Nullable Throwable cause) {
        return new HolidaySourceException(name, zone, year, problem, cause);
    }

    /** The throwable's text, or its class name if even {@code toString} fails. */
    private static String describe(Throwable e) {
        try {
            return String.valueOf(e);
        } catch (RuntimeException broken) {
            return e.getClass().getName();
        }
    }
}
