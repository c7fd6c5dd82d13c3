package io.itsmkit.change.enablement.inmemory;

import io.itsmkit.change.enablement.ChangeRequest;
import io.itsmkit.change.enablement.spi.ChangeRepository;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.inmemory.InMemoryRepository;

/**
 * The reference {@link ChangeRepository}: core's generic {@link InMemoryRepository}, typed for change requests.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class InMemoryChangeRepository extends InMemoryRepository<ChangeId, ChangeRequest>
        implements ChangeRepository {
    /** Creates an empty repository. */
    public InMemoryChangeRepository() {}
}
