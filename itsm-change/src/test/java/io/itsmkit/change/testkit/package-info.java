/**
 * The itsm-change testkit, published as the module's test-jar: {@link io.itsmkit.core.testkit.Sampler}s of
 * every public value type of the change module ({@link io.itsmkit.change.testkit.ChangeFixtures}), valid by
 * construction, for property tests of itsmkit and of host applications.
 */
package io.itsmkit.change.testkit;
