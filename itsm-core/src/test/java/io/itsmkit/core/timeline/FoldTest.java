package io.itsmkit.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Fold} on a minimal aggregate written here (a balance that must never go negative), so every promise of
 * its Javadoc is checked apart from the tickets and problems that use it.
 */
class FoldTest {
    private static final TicketId STREAM = TicketId.of("ACC-1");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** A balance: the sum of its events, never negative. */
    record Account(Timeline<Integer> timeline, long balance) {}

    static final Fold<Account, Integer> FOLD = new Fold<>(Account.class, Integer.class) {
        @Override
        protected Account start(Timeline<Integer> first) {
            return apply(new Account(first.prefix(0), 0), first);
        }

        @Override
        protected Account apply(Account account, Timeline<Integer> next) {
            long balance = account.balance() + next.last().event();
            if (balance < 0) {
                throw new StateChangeRefusedException("account " + STREAM, "non-negative", "balance " + balance);
            }
            return new Account(next, balance);
        }

        @Override
        protected Timeline<Integer> timeline(Account account) {
            return account.timeline();
        }
    };

    private static Stamp at(long seconds) {
        return Stamp.of(ActorId.of("a"), T0.plusSeconds(seconds));
    }

    /** Occurred at {@code occurred}, recorded at {@code recorded} (seconds after T0). */
    private static Stamp late(long occurred, long recorded) {
        return Stamp.of(ActorId.of("a"), T0.plusSeconds(occurred), T0.plusSeconds(recorded));
    }

    private static Account opened(int amount) {
        return FOLD.replay(Timeline.<Integer>empty(STREAM).append(at(0), amount));
    }

    /** A withdrawal command: refused on the state it is decided on. */
    private static Function<Account, Integer> withdraw(int amount) {
        return a -> {
            if (a.balance() < amount) {
                throw new StateChangeRefusedException("account", "funds", "only " + a.balance());
            }
            return -amount;
        };
    }

    @Test
    void replayIsTheLeftFoldAndRecordAppliesInOrder() {
        Account a = opened(10);
        Account b = FOLD.record(a, at(10), x -> 5);
        Account c = FOLD.record(b, at(20), withdraw(12));
        assertEquals(3, c.balance());
        assertEquals(c, FOLD.replay(c.timeline()));
        assertEquals(
                List.of(10, 5, -12),
                c.timeline().events().stream().map(Recorded::event).toList());
    }

    @Test
    void aRetroactiveCommandIsDecidedOnThePastState() {
        Account a = FOLD.record(FOLD.record(opened(10), at(10), x -> 100), at(20), withdraw(50));
        // at t=5 the balance was 10: withdrawing 20 then is refused by the decision, though the balance is now 60
        StateChangeRefusedException refused =
                assertThrows(StateChangeRefusedException.class, () -> FOLD.record(a, late(5, 30), withdraw(20)));
        assertEquals("funds", refused.rule());
        // withdrawing 5 at t=5 is fine then, and later history still holds: it takes its place by occurrence
        Account b = FOLD.record(a, late(5, 30), withdraw(5));
        assertEquals(
                List.of(10, -5, 100, -50),
                b.timeline().events().stream().map(Recorded::event).toList());
        assertEquals(55, b.balance());
        assertEquals(4, b.timeline().latest().id().sequence(), "recorded last, though not last by occurrence");
    }

    @Test
    void aRetroactiveFactThatContradictsLaterHistoryIsRefused() {
        Account a = FOLD.record(FOLD.record(opened(10), at(10), x -> 100), at(20), withdraw(105));
        // withdrawing 10 at t=5 is allowed then, but makes the t=20 withdrawal overdraw
        StateChangeRefusedException refused =
                assertThrows(StateChangeRefusedException.class, () -> FOLD.record(a, late(5, 30), withdraw(10)));
        assertEquals("fits-history", refused.rule());
    }

    @Test
    void aRetroactiveEventRefusedAtItsOwnMomentKeepsItsOwnRule() {
        Account a = FOLD.record(opened(10), at(10), x -> 100);
        // -20 at t=5, decided without a check: the balance then (10) cannot take it
        StateChangeRefusedException refused =
                assertThrows(StateChangeRefusedException.class, () -> FOLD.record(a, late(5, 30), x -> -20));
        assertEquals("non-negative", refused.rule(), "not fits-history: the event itself is refused");
    }

    @Test
    void aNullDecisionRecordsNothing() {
        Account a = opened(10);
        assertSame(a, FOLD.record(a, at(10), x -> null));
        assertSame(a, FOLD.record(a, late(0, 10), x -> null));
        Account two = FOLD.record(a, at(20), x -> 1);
        assertSame(two, FOLD.record(two, late(10, 30), x -> null), "a retroactive command may record nothing too");
        Account b = FOLD.record(a, late(0, 100), x -> 1);
        ValidationException outOfOrder =
                assertThrows(ValidationException.class, () -> FOLD.record(b, at(50), x -> null));
        assertEquals("chronological", outOfOrder.violations().get(0).rule(), "the stamp is checked all the same");
    }

    @Test
    void eventsBeforeTheFirstOrRecordedOutOfOrderAreRefused() {
        Account a = FOLD.record(opened(10), at(10), x -> 1);
        ValidationException before =
                assertThrows(ValidationException.class, () -> FOLD.record(a, late(-1, 20), x -> 1));
        assertEquals("chronological", before.violations().get(0).rule());
        assertEquals("stamp.occurredAt", before.violations().get(0).path());
        assertThrows(ValidationException.class, () -> FOLD.record(a, late(5, 5), x -> 1));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void rawCallsWithTheWrongTypesAreRefusedNotCastFailures() {
        Fold raw = FOLD;
        Timeline strings = Timeline.<String>empty(STREAM).append(at(0), "ten");
        ValidationException family = assertThrows(ValidationException.class, () -> raw.replay(strings));
        assertEquals("event-family", family.violations().get(0).rule());
        assertEquals("timeline[0]", family.violations().get(0).path());
        ValidationException aggregate =
                assertThrows(ValidationException.class, () -> raw.record("not an account", at(1), x -> 1));
        assertEquals("aggregate-type", aggregate.violations().get(0).rule());
        Account a = opened(10);
        ValidationException event =
                assertThrows(ValidationException.class, () -> raw.record(a, at(1), (Function) x -> "one"));
        assertEquals("event-family", event.violations().get(0).rule());
        assertEquals("event", event.violations().get(0).path());
        Account later = FOLD.record(a, at(20), x -> 1);
        ValidationException retroEvent =
                assertThrows(ValidationException.class, () -> raw.record(later, late(10, 30), (Function) x -> "one"));
        assertEquals("event-family", retroEvent.violations().get(0).rule());
        Timeline mixed = Timeline.<Object>empty(STREAM).append(at(0), 10).append(at(1), "eleven");
        ValidationException second = assertThrows(ValidationException.class, () -> raw.replay(mixed));
        assertEquals("timeline[1]", second.violations().get(0).path());
        assertEquals("event-family", second.violations().get(0).rule());
    }

    @Test
    void aRefusalOnReplayNamesTheEventAndTheRule() {
        Timeline<Integer> overdrawn =
                Timeline.<Integer>empty(STREAM).append(at(0), 10).append(at(1), -11);
        ValidationException e = assertThrows(ValidationException.class, () -> FOLD.replay(overdrawn));
        assertEquals("timeline[1]", e.violations().get(0).path());
        assertEquals("non-negative", e.violations().get(0).rule());
        assertEquals(
                "timeline",
                assertThrows(ValidationException.class, () -> FOLD.replay(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "aggregate",
                assertThrows(ValidationException.class, () -> FOLD.record(null, at(1), x -> 1))
                        .violations()
                        .get(0)
                        .path());
    }
}
