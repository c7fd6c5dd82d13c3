/**
 * Runnable programs a newcomer starts with: {@link io.itsmkit.examples.Demo} walks a small service desk
 * through a day with what itsmkit does today.
 */
@NullMarked
package io.itsmkit.examples;

import org.jspecify.annotations.NullMarked;
