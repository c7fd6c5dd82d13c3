package io.itsmkit.change.enablement.spi;

import io.itsmkit.change.enablement.ChangeRequest;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.spi.VersionedRepository;

/**
 * The host's storage of change requests, keyed by {@link ChangeId}, with the generic
 * {@link VersionedRepository} contract (optimistic concurrency; a stale write changes nothing). The testkit's
 * {@code io.itsmkit.change.testkit.ChangeRepositoryTck} checks an adapter.
 */
public interface ChangeRepository extends VersionedRepository<ChangeId, ChangeRequest> {}
