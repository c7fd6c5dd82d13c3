/** Deliberately leaky code that the bad-input sanity tester must flag. Test sources only. */
package io.itsmkit.core.archbad.leaky;
