/**
 * The storage ports (SPI) every aggregate shares: {@link io.itsmkit.core.spi.VersionedRepository} (find,
 * add, replace with an expected version, paged queries) for aggregates, and
 * {@link io.itsmkit.core.spi.AppendOnlyStore} (append with an expected sequence) for append-only streams,
 * with {@link io.itsmkit.core.spi.Versioned} values and {@link io.itsmkit.core.spi.VersionConflictException}
 * conflicts. Each aggregate's typed repository lives in its own {@code spi} package, e.g.
 * {@code io.itsmkit.core.ticket.spi.TicketRepository}; the in-memory reference adapters are in
 * {@code io.itsmkit.core.inmemory}, the TCKs in the testkit.
 *
 * <p>No method of this package accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.spi;

import org.jspecify.annotations.NullMarked;
