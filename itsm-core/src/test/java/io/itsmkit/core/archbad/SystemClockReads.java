package io.itsmkit.core.archbad;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every other way java.time offers to read the system clock, one nested class each so each is proven on its own:
 * the {@code tick} clocks, {@code now()} and {@code now(ZoneId)} of the date-time types, and method references to
 * them.
 */
public final class SystemClockReads {
    private SystemClockReads() {}

    /** {@code Clock.tickSeconds(ZoneId)}: the system clock, truncated. */
    public static class TickSeconds {
        /** The forbidden clock. */
        public Clock clock = Clock.tickSeconds(ZoneOffset.UTC);
    }

    /** {@code Clock.tickMillis(ZoneId)}. */
    public static class TickMillis {
        /** The forbidden clock. */
        public Clock clock = Clock.tickMillis(ZoneOffset.UTC);
    }

    /** {@code Clock.tickMinutes(ZoneId)}. */
    public static class TickMinutes {
        /** The forbidden clock. */
        public Clock clock = Clock.tickMinutes(ZoneOffset.UTC);
    }

    /** {@code Clock.system(ZoneId)}. */
    public static class SystemInZone {
        /** The forbidden clock. */
        public Clock clock = Clock.system(ZoneOffset.UTC);
    }

    /** {@code LocalDate.now()}. */
    public static class LocalDateNow {
        /** The forbidden read. */
        public LocalDate today = LocalDate.now();
    }

    /** {@code LocalDate.now(ZoneId)}: a zone is not a clock. */
    public static class LocalDateNowInZone {
        /** The forbidden read. */
        public LocalDate today = LocalDate.now(ZoneOffset.UTC);
    }

    /** {@code LocalDateTime.now()}. */
    public static class LocalDateTimeNow {
        /** The forbidden read. */
        public LocalDateTime now = LocalDateTime.now();
    }

    /** {@code ZonedDateTime.now(ZoneId)}. */
    public static class ZonedDateTimeNowInZone {
        /** The forbidden read. */
        public ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Rome"));
    }

    /** {@code OffsetDateTime.now()}. */
    public static class OffsetDateTimeNow {
        /** The forbidden read. */
        public OffsetDateTime now = OffsetDateTime.now();
    }

    /** {@code LocalTime.now()}. */
    public static class LocalTimeNow {
        /** The forbidden read. */
        public LocalTime now = LocalTime.now();
    }

    /** {@code Year.now()}. */
    public static class YearNow {
        /** The forbidden read. */
        public Year year = Year.now();
    }

    /** {@code YearMonth.now(ZoneId)}. */
    public static class YearMonthNowInZone {
        /** The forbidden read. */
        public YearMonth month = YearMonth.now(ZoneOffset.UTC);
    }

    /** {@code Instant.now()} by a call in a method. */
    public static class InstantNowInMethod {
        /**
         * The forbidden read.
         *
         * @return the system's instant
         */
        public Instant stamp() {
            return Instant.now();
        }
    }

    /** {@code LocalDate::now} as a reference. */
    public static class LocalDateNowReference {
        /** The forbidden read, deferred. */
        public Supplier<LocalDate> today = LocalDate::now;
    }

    /** {@code ZonedDateTime::now} as a reference to the {@code now(ZoneId)} overload. */
    public static class ZonedNowInZoneReference {
        /** The forbidden read, deferred. */
        public Function<ZoneId, ZonedDateTime> now = ZonedDateTime::now;
    }

    /** {@code Clock::systemUTC} as a reference. */
    public static class SystemUtcReference {
        /** The forbidden clock, deferred. */
        public Supplier<Clock> clock = Clock::systemUTC;
    }
}
