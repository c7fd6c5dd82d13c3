package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers of the TCKs' concurrency rules, released together so that a check-then-act adapter (read, compare,
 * then write, not atomically) lets two of them through.
 *
 * <p>A barrier alone releases its waiters tens of microseconds apart (each is woken by the scheduler), far
 * more than the nanoseconds between an in-process adapter's check and its write. So each writer spins on a
 * flag instead, and the last one to arrive sets it: the writers already running see it within nanoseconds
 * of each other. There are as many writers as processors (2 to 4), so the spinning ones run at once.
 */
final class Race implements AutoCloseable {
    /** How many writers race. */
    static final int WRITERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    /** One writer's attempt, given the writer's index from 0; answers whether it won. */
    @FunctionalInterface
    interface Writer {
        boolean write(int writer) throws Exception;
    }

    /**
     * Runs every writer at once and returns who won.
     *
     * @param writer the attempt of each writer
     * @return per writer, whether it won
     * @throws Exception if the current thread is interrupted
     */
    List<Boolean> run(Writer writer) throws Exception {
        AtomicInteger arrived = new AtomicInteger();
        AtomicBoolean go = new AtomicBoolean();
        List<Future<Boolean>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int index = w;
            results.add(pool.submit(() -> {
                if (arrived.incrementAndGet() == WRITERS) {
                    go.set(true);
                } else {
                    long since = System.nanoTime();
                    while (!go.get()) {
                        Thread.onSpinWait();
                        if (System.nanoTime() - since > START_TIMEOUT_NANOS) {
                            throw new AssertionError("the other writers did not start within 30 s");
                        }
                    }
                }
                return writer.write(index);
            }));
        }
        List<Boolean> wins = new ArrayList<>();
        for (Future<Boolean> f : results) {
            try {
                wins.add(f.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                fail("a writer failed with " + e.getCause(), e.getCause());
            }
        }
        return wins;
    }

    /** Stops the writers. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
