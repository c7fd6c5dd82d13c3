package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating an agreement (first response 4 h, resolution 16 h paused while awaiting the caller) on a ticket of
 * 10 events over about three working days, on the Europe/Rome 08:30-13:00 + 14:00-18:00 Monday-Friday
 * calendar with the Italian holidays, against the same evaluation done the straightforward way
 * ({@link NaiveEvaluation}: intervals recomputed from scratch on a {@link DayWalk} calendar). Tickets rotate
 * over 256 starts in 2026, evaluated two hours after their last event; setup checks that both agree.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-sla -am verify -DskipTests -Dbench.args="ClockBenchmark -prof gc"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClockBenchmark {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int N = 256;
    private static final Duration RESPONSE = Duration.ofHours(4);
    private static final Duration RESOLUTION = Duration.ofHours(16);

    private Agreement agreement;
    private DayWalk dayWalk;
    private final List<Timeline<TicketEvent>> timelines = new java.util.ArrayList<>();
    private final Instant[] ats = new Instant[N];
    private int i;

    /** Builds the calendars, the agreement and the 256 tickets, and checks both evaluations agree. */
    @Setup(Level.Trial)
    public void setUp() {
        List<TimeWindow> day = List.of(TimeWindow.parse("08:30-13:00"), TimeWindow.parse("14:00-18:00"));
        BusinessCalendar rome = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), day.toArray(new TimeWindow[0]))
                .holidays(Holidays.italy(MonthDay.of(6, 29)))
                .build();
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).forEach(d -> weekly.put(d, day));
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int y = 2025; y <= 2028; y++) {
            Holidays.italy(MonthDay.of(6, 29)).holidaysIn(y).forEach(h -> holidays.add(h.date()));
        }
        dayWalk = new DayWalk(ROME, weekly, holidays);
        agreement = Agreement.of(
                AgreementId.of("gold"),
                "Gold",
                AgreementKind.SLA,
                List.of(),
                Metrics.firstResponse(Targets.of(RESPONSE), CalendarChoice.fixed(rome)),
                Metrics.resolution(Targets.of(RESOLUTION), CalendarChoice.fixed(rome))
                        .withPauseOn(OnHoldReason.AWAITING_CALLER));
        SplittableRandom r = new SplittableRandom(2026);
        for (int k = 0; k < N; k++) {
            Ticket t = ticket(k, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextLong(360L * 86_400)), r);
            timelines.add(t.timeline());
            ats[k] = t.timeline().last().occurredAt().plus(Duration.ofHours(2));
            List<ClockStatus> fast = ClockEvaluator.DEFAULT
                    .evaluate(agreement, t.timeline(), ats[k])
                    .clocks();
            List<NaiveEvaluation.Result> slow =
                    NaiveEvaluation.evaluate(dayWalk, t.timeline(), ats[k], RESPONSE, RESOLUTION);
            for (int m = 0; m < 2; m++) {
                ClockStatus c = fast.get(m);
                NaiveEvaluation.Result n = slow.get(m);
                List<Instant> warnings =
                        c.warnings().stream().map(w -> w.at().orElse(null)).toList();
                if (c.stage() != n.stage()
                        || !c.elapsed().equals(n.elapsed())
                        || !c.due().equals(Optional.of(n.due()))
                        || !warnings.equals(n.warnings())) {
                    throw new IllegalStateException("the evaluations disagree on " + c.explain() + " vs " + n);
                }
            }
        }
    }

    /** Ten events over about three working days: assigned, answered, waiting on the caller, reassigned... */
    private static Ticket ticket(int k, Instant start, SplittableRandom r) {
        PriorityMatrix itil = PriorityMatrices.ITIL;
        ActorId a = ActorId.of("agent");
        Instant[] t = new Instant[10];
        t[0] = start;
        for (int j = 1; j < t.length; j++) {
            t[j] = t[j - 1].plusSeconds(r.nextLong(600, 6L * 3600));
        }
        return Ticket.open(
                        TicketKind.INCIDENT,
                        TicketDraft.of(
                                TicketId.of("INC-" + k),
                                "ticket " + k,
                                PriorityDecision.derive(
                                        itil,
                                        itil.impacts().level(2),
                                        itil.urgencies().level(2))),
                        Stamp.of(a, t[0]))
                .assign(Assignment.toTeam(TeamId.of("desk")), Stamp.of(a, t[1]))
                .recordFirstResponse(Stamp.of(a, t[2]))
                .transition(TicketState.IN_PROGRESS, Stamp.of(a, t[3]))
                .putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), Stamp.of(a, t[4]))
                .recordCallerReply(Stamp.of(a, t[5]))
                .transition(TicketState.IN_PROGRESS, Stamp.of(a, t[6]))
                .assign(Assignment.toTeam(TeamId.of("network")), Stamp.of(a, t[7]))
                .putOnHold(Hold.of(OnHoldReason.AWAITING_CHANGE), Stamp.of(a, t[8]))
                .transition(TicketState.IN_PROGRESS, Stamp.of(a, t[9]));
    }

    private int next() {
        return i = (i + 1) & (N - 1);
    }

    /**
     * itsmkit's evaluation of both clocks.
     *
     * @return the statuses
     */
    @Benchmark
    public AgreementStatus evaluate() {
        int k = next();
        return ClockEvaluator.DEFAULT.evaluate(agreement, timelines.get(k), ats[k]);
    }

    /**
     * The same evaluation, recomputed interval by interval on the day walk.
     *
     * @return the results
     */
    @Benchmark
    public List<NaiveEvaluation.Result> evaluateDayWalk() {
        int k = next();
        return NaiveEvaluation.evaluate(dayWalk, timelines.get(k), ats[k], RESPONSE, RESOLUTION);
    }
}
