package io.itsmkit.core.ticket.inmemory;

import io.itsmkit.core.inmemory.InMemoryRepository;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemId;
import io.itsmkit.core.ticket.spi.ProblemRepository;

/**
 * The reference {@link ProblemRepository}: the generic {@link InMemoryRepository}, typed for problems.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class InMemoryProblemRepository extends InMemoryRepository<ProblemId, Problem>
        implements ProblemRepository {
    /** Creates an empty repository. */
    public InMemoryProblemRepository() {}
}
