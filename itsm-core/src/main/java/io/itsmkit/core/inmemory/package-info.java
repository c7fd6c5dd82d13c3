/**
 * The in-memory reference adapters of the storage ports: {@link io.itsmkit.core.inmemory.InMemoryRepository}
 * for {@link io.itsmkit.core.spi.VersionedRepository} and {@link io.itsmkit.core.inmemory.InMemoryAppendOnlyStore}
 * for {@link io.itsmkit.core.spi.AppendOnlyStore}, for tests, demos and small hosts. Both pass the testkit's
 * TCKs; their source is the shortest correct example of each contract.
 */
@NullMarked
package io.itsmkit.core.inmemory;

import org.jspecify.annotations.NullMarked;
