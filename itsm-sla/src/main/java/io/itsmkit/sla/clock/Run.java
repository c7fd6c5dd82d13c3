package io.itsmkit.sla.clock;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.agreement.spi.CalendarResolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a ticket's events for every metric of an agreement: the facts are folded event by event,
 * and the clocks take the transitions of an instant once all its events are in (so same-instant events are
 * applied in the documented order, whatever order they were recorded in). Mutable; {@link ClockFold} copies
 * it before each change.
 */
final class Run {
    final Identifier stream;
    final Facts facts;
    private final MetricClock[] clocks;
    private final CalendarResolver resolver;
    private @Nullable Instant pending;
    private @Nullable Recorded<TicketEvent> last;
    private int consumed;

    Run(Identifier stream, Agreement agreement, @Nullable List<Threshold> thresholds, CalendarResolver resolver) {
        this.stream = stream;
        this.facts = new Facts();
        this.resolver = resolver;
        List<Metric> metrics = agreement.metrics();
        this.clocks = new MetricClock[metrics.size()];
        for (int i = 0; i < clocks.length; i++) {
            Metric m = metrics.get(i);
            clocks[i] = new MetricClock(agreement, m, thresholds != null ? thresholds : m.warnings());
        }
    }

    Run(Run r) {
        this.stream = r.stream;
        this.facts = new Facts(r.facts);
        this.resolver = r.resolver;
        this.clocks = new MetricClock[r.clocks.length];
        for (int i = 0; i < clocks.length; i++) {
            clocks[i] = new MetricClock(r.clocks[i]);
        }
        this.pending = r.pending;
        this.last = r.last;
        this.consumed = r.consumed;
    }

    int consumed() {
        return consumed;
    }

    @Nullable
    Recorded<TicketEvent> last() {
        return last;
    }

    /** Folds the events {@code [consumed, timeline.size())}. */
    void feed(Timeline<TicketEvent> timeline) {
        int n = timeline.size();
        for (int i = consumed; i < n; i++) {
            Recorded<TicketEvent> r = timeline.get(i);
            Instant occurred = r.occurredAt();
            Instant p = pending;
            if (p != null && !occurred.equals(p)) {
                flush(p);
            }
            if (pending == null) {
                facts.newInstant();
                pending = occurred;
            }
            facts.apply(r.event(), i);
            last = r;
        }
        consumed = n;
    }

    private void flush(Instant p) {
        for (MetricClock c : clocks) {
            c.instant(facts, p, resolver);
        }
        pending = null;
    }

    /** The statuses as of {@code at}, not before the last event; this run must not be used afterwards. */
    List<ClockStatus> finish(Instant at, @Nullable Hypothesis hypothesis) {
        if (!facts.isOpened()) {
            throw new ValidationException(
                    "at", "at-or-after-opening", at, "the ticket was not opened yet at this instant");
        }
        Instant p = pending;
        if (p != null) {
            flush(p);
        }
        Recorded<TicketEvent> l = last;
        if (l != null && l.occurredAt().isBefore(at)) {
            facts.newInstant(); // nothing happened at the evaluation instant itself
        }
        List<ClockStatus> out = new ArrayList<>(clocks.length);
        for (MetricClock c : clocks) {
            if (hypothesis != null) {
                c.suppose(hypothesis, facts, at);
            }
            out.add(c.finish(facts, stream, at));
        }
        return out;
    }
}
