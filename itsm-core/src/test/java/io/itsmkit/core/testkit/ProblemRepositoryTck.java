package io.itsmkit.core.testkit;

import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemId;
import io.itsmkit.core.ticket.spi.ProblemRepository;
import io.itsmkit.core.timeline.Stamp;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The compatibility test kit of {@link ProblemRepository}: extend it, implement {@link #newRepository()}, and
 * every rule of {@link VersionedRepositoryTck} runs against your adapter with full fixture-generated problems.
 */
public abstract class ProblemRepositoryTck extends VersionedRepositoryTck<ProblemId, Problem> {

    /**
     * Creates a new, empty repository for one rule.
     *
     * @return the adapter under test
     */
    @Override
    protected abstract ProblemRepository newRepository();

    /**
     * Returns the fixtures' problems.
     *
     * @return {@link CoreFixtures#problems()}
     */
    @Override
    protected final Sampler<Problem> values() {
        return CoreFixtures.problems();
    }

    /**
     * Records one more workaround on an open problem; a closed problem is replaced by a new problem with the
     * same id.
     *
     * @param problem a problem
     * @param random the randomness
     * @return a different problem with the same id
     */
    @Override
    protected final Problem changed(Problem problem, RandomGenerator random) {
        Stamp last = problem.timeline().latest().stamp();
        Stamp next = Stamp.of(
                CoreFixtures.actorIds().sample(random),
                last.recordedAt().plusNanos(random.nextLong(1, 1_000_000_000_000L)));
        Problem other = CoreFixtures.problems().sample(random);
        return problem.state() == io.itsmkit.core.ticket.ProblemState.CLOSED
                ? Problem.open(problem.id(), other.title(), other.priorityDecision(), other.classification(), next)
                : problem.recordWorkaround("workaround " + random.nextInt(1000), next);
    }

    /**
     * Returns the problem with every instant truncated: stamps and override instants.
     *
     * @param problem the written problem
     * @param unit the store's precision
     * @return the problem such a store gives back
     */
    @Override
    protected final Problem truncated(Problem problem, ChronoUnit unit) {
        return Problem.replay(TimelineTruncation.truncated(problem.timeline(), unit, TimelineTruncation::problemEvent));
    }
}
