/**
 * The README's code samples, compiled and run by the build so the README cannot rot.
 */
@NullMarked
package io.itsmkit.examples.readme;

import org.jspecify.annotations.NullMarked;
