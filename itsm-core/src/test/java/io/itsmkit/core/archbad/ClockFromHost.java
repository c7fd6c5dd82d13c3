package io.itsmkit.core.archbad;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * Reads time only from the clock the host gave: the {@code now(Clock)} overloads, {@code Clock.tick/offset/fixed}
 * of a given clock, and a reference to {@code Instant::now} that resolves to {@code now(Clock)}. The system-clock
 * rule must not flag it.
 */
public class ClockFromHost {
    private final Clock clock;

    /**
     * Keeps the host's clock.
     *
     * @param clock the host's clock
     */
    public ClockFromHost(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads the host's clock in the usual ways.
     *
     * @return the instant, through every allowed read
     */
    public Instant read() {
        Instant instant = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        ZonedDateTime zoned = ZonedDateTime.now(clock);
        YearMonth month = YearMonth.now(clock);
        Clock seconds = Clock.tick(clock, Duration.ofSeconds(1));
        Clock later = Clock.offset(clock, Duration.ofHours(1));
        Clock fixed = Clock.fixed(instant, ZoneOffset.UTC);
        Function<Clock, Instant> now = Instant::now;
        return now.apply(seconds).isBefore(later.instant()) && !today.isAfter(LocalDate.now(fixed))
                ? zoned.toInstant().plusSeconds(month.lengthOfMonth())
                : clock.instant();
    }
}
