/**
 * Proof that the storage TCKs catch broken adapters: deliberately broken adapters, each with the bug a
 * reviewer found passing the old TCK, and a test that runs the TCK against each and expects the named rules
 * to fail. Test sources only.
 */
package io.itsmkit.core.tck;
