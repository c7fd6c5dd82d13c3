/**
 * Shared building blocks of every storage port (SPI): {@link io.itsmkit.core.spi.Versioned} values for
 * optimistic concurrency. Repository interfaces live in each aggregate's own {@code spi} package, e.g.
 * {@code io.itsmkit.core.ticket.spi}; conflicts are {@link io.itsmkit.core.error.VersionConflictException}s.
 */
@NullMarked
package io.itsmkit.core.spi;

import org.jspecify.annotations.NullMarked;
