package io.itsmkit.core.ticket.inmemory;

import io.itsmkit.core.testkit.ProblemRepositoryTck;
import io.itsmkit.core.ticket.spi.ProblemRepository;

/** The reference adapter passes the whole problem TCK. */
class InMemoryProblemRepositoryTest extends ProblemRepositoryTck {
    @Override
    protected ProblemRepository newRepository() {
        return new InMemoryProblemRepository();
    }
}
