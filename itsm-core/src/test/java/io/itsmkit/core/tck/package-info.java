/**
 * Proof that the storage TCKs catch broken adapters: {@link io.itsmkit.core.tck.BuggyRepository} and
 * {@link io.itsmkit.core.tck.BuggyStore}, each correct but for one bug chosen from a list that has a bug for
 * every rule of the TCK, the ticket adapters a reviewer found passing the old TCK (one losing attributes, one
 * keeping microseconds), and a test that runs the TCK against each and expects exactly the named rules to fail.
 * Test sources only.
 */
package io.itsmkit.core.tck;
