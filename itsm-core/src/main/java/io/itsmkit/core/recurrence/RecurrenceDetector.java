package io.itsmkit.core.recurrence;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.HostFailureException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds recurring incidents: at least {@code threshold} alike incidents (by a {@link Similarity}) opened
 * within a sliding {@code window} become a {@link ProblemCandidate}.
 *
 * <p>Semantics: incidents are grouped by key; within a group, sorted by opening instant, a window holds
 * the incidents opened in {@code [first, first + window]}. For each group with a window reaching the
 * threshold, the candidate lists the incidents of its fullest window (the earliest among equals).
 * Service requests are ignored. Candidates come in key order. O(n log n).
 *
 * <p>Implementation Requirements: immutable and thread-safe if the similarity is.
 *
 * @param window the sliding window, more than zero
 * @param threshold the number of incidents that makes a candidate, at least 2
 * @param similarity how incidents are grouped
 */
public record RecurrenceDetector(Duration window, int threshold, Similarity similarity) {
    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null, the window not positive or the threshold
     *     below 2
     * @param window see {@link #window()}
     * @param threshold see {@link #threshold()}
     * @param similarity see {@link #similarity()}
     */
    public RecurrenceDetector {
        Checks.positive(window, "window");
        Checks.notNull(similarity, "similarity");
        if (threshold < 2) {
            throw new ValidationException(
                    "threshold", "at-least-two", threshold, "recurrence needs at least two incidents");
        }
    }

    /**
     * Finds the problem candidates among tickets.
     *
     * @param tickets any tickets; only incidents count
     * @return the candidates, in key order
     * @throws ValidationException if the list or a ticket is null
     * @throws HostFailureException with rule {@code "similarity-answers"} if the similarity answers null
     */
    public List<ProblemCandidate> detect(List<Ticket> tickets) {
        Map<String, List<Ticket>> groups = new TreeMap<>();
        for (Ticket t : Checks.noNulls(tickets, "tickets")) {
            if (t.kind() == TicketKind.INCIDENT) {
                Optional<String> key = similarity.keyOf(t);
                if (key == null) {
                    throw new HostFailureException(
                            "similarity",
                            "similarity-answers",
                            "the similarity answered null for incident " + t.id() + " instead of a key or empty",
                            null);
                }
                key.ifPresent(
                        k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
            }
        }
        ImmutableList.Builder<ProblemCandidate> out = ImmutableList.builder();
        groups.forEach((key, group) -> densest(key, group).ifPresent(out::add));
        return out.build();
    }

    private Optional<ProblemCandidate> densest(String key, List<Ticket> group) {
        group.sort(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::id));
        int bestStart = 0;
        int bestEnd = 0; // exclusive
        int end = 0;
        for (int start = 0; start < group.size(); start++) {
            Instant first = group.get(start).openedAt();
            while (end < group.size()
                    && Duration.between(first, group.get(end).openedAt()).compareTo(window) <= 0) {
                end++;
            }
            if (end - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = end;
            }
        }
        if (bestEnd - bestStart < threshold) {
            return Optional.empty();
        }
        List<Ticket> hit = group.subList(bestStart, bestEnd);
        return Optional.of(new ProblemCandidate(
                key,
                hit.stream().map(Ticket::id).toList(),
                hit.get(0).openedAt(),
                hit.get(hit.size() - 1).openedAt()));
    }
}
