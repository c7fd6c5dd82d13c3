/**
 * The configuration management database (CMDB) view of services and configuration items: the {@link io.itsmkit.core.cmdb.ServiceGraph} of dependencies and
 * containment, and the {@link io.itsmkit.core.cmdb.BlastRadius} of a failure.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.cmdb;

import org.jspecify.annotations.NullMarked;
