/**
 * Deliberately bad classes, one or more per architecture rule, that {@code ArchitectureRulesTest} proves each
 * rule flags. Test sources only: never part of a published jar.
 */
package io.itsmkit.core.archbad;
