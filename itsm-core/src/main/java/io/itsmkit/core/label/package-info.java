/**
 * Display names ({@link io.itsmkit.core.label.Labels}) of itsmkit's enumerations in English and Italian,
 * from the resource bundle {@code io/itsmkit/core/label/labels.properties}.
 */
@NullMarked
package io.itsmkit.core.label;

import org.jspecify.annotations.NullMarked;
