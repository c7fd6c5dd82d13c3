package io.itsmkit.core.ticket.spi;

import io.itsmkit.core.spi.VersionedRepository;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemId;

/**
 * The host's storage of problems, keyed by {@link ProblemId}, with the generic {@link VersionedRepository}
 * contract. The testkit's {@code ProblemRepositoryTck} checks an adapter.
 */
public interface ProblemRepository extends VersionedRepository<ProblemId, Problem> {}
