/**
 * The itsm-core testkit, published as the module's test-jar: {@link io.itsmkit.core.testkit.Sampler}s of
 * every public value type ({@link io.itsmkit.core.testkit.CoreFixtures}), the storage TCK
 * ({@link io.itsmkit.core.testkit.TicketRepositoryTck}) and the shared architecture rules
 * ({@link io.itsmkit.core.testkit.ArchitectureRules}).
 */
package io.itsmkit.core.testkit;
