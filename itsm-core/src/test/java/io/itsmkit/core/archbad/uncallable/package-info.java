/** Code the bad-input sanity tester cannot call without a sampler, so it must report it. Test sources only. */
package io.itsmkit.core.archbad.uncallable;
