package io.itsmkit.change.enablement.inmemory;

import io.itsmkit.change.enablement.spi.ChangeRepository;
import io.itsmkit.change.testkit.ChangeRepositoryTck;

/** The reference adapter passes the whole change repository TCK. */
class InMemoryChangeRepositoryTest extends ChangeRepositoryTck {
    @Override
    protected ChangeRepository newRepository() {
        return new InMemoryChangeRepository();
    }
}
