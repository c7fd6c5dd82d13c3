package io.itsmkit.core.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceGraphTest {
    private static ConfigurationItemId id(String s) {
        return ConfigurationItemId.of(s);
    }

    private static ConfigurationItem ci(String s, ItemKind kind, Criticality c) {
        return ConfigurationItem.of(id(s), s, kind, c);
    }

    /** email (business) -> exchange (app) -> db (infra) on host; crm (business) -> db; host contains vm. */
    private static ServiceGraph graph() {
        return ServiceGraph.builder()
                .add(ci("email", ItemKind.BUSINESS_SERVICE, Criticality.HIGH))
                .add(ci("crm", ItemKind.BUSINESS_SERVICE, Criticality.MISSION_CRITICAL))
                .add(ci("exchange", ItemKind.APPLICATION, Criticality.MEDIUM))
                .add(ci("db", ItemKind.INFRASTRUCTURE, Criticality.MEDIUM))
                .add(ci("host", ItemKind.INFRASTRUCTURE, Criticality.LOW))
                .add(ci("vm", ItemKind.INFRASTRUCTURE, Criticality.LOW))
                .dependsOn(id("email"), id("exchange"))
                .dependsOn(id("exchange"), id("db"))
                .dependsOn(id("crm"), id("db"))
                .dependsOn(id("db"), id("vm"))
                .contains(id("host"), id("vm"))
                .build();
    }

    @Test
    void blastRadiusFollowsDependentsAndChildrenNearestFirst() {
        BlastRadius r = graph().blastRadius(id("host"));
        assertEquals(
                List.of("vm@1<host", "db@2<vm", "crm@3<db", "exchange@3<db", "email@4<exchange"),
                r.impacted().stream()
                        .map(i -> i.item().id() + "@" + i.distance() + "<" + i.via())
                        .toList());
        assertEquals(
                List.of("crm", "email"),
                r.services().stream().map(c -> c.id().value()).toList());
        assertEquals(Criticality.MISSION_CRITICAL, r.highestCriticality());
        assertEquals(Optional.empty(), r.find(id("host")));
        assertEquals(2, r.find(id("db")).orElseThrow().distance());
    }

    @Test
    void aLeafFailureImpactsNothingElse() {
        BlastRadius r = graph().blastRadius(id("email"));
        assertEquals(List.of(), r.impacted());
        assertEquals(Criticality.HIGH, r.highestCriticality());
    }

    @Test
    void cyclesEnd() {
        ServiceGraph g = ServiceGraph.builder()
                .add(ci("a", ItemKind.APPLICATION, Criticality.LOW))
                .add(ci("b", ItemKind.APPLICATION, Criticality.LOW))
                .add(ci("c", ItemKind.TECHNICAL_SERVICE, Criticality.HIGH))
                .dependsOn(id("a"), id("b"))
                .dependsOn(id("b"), id("c"))
                .dependsOn(id("c"), id("a"))
                .build();
        assertEquals(
                List.of("c@1", "b@2"),
                g.blastRadius(id("a")).impacted().stream()
                        .map(i -> i.item().id() + "@" + i.distance())
                        .toList());
    }

    @Test
    void neighbourQueries() {
        ServiceGraph g = graph();
        assertEquals(
                List.of("db"),
                g.upstreamOf(id("crm")).stream().map(c -> c.id().value()).toList());
        assertEquals(
                List.of("exchange", "crm"),
                g.downstreamOf(id("db")).stream().map(c -> c.id().value()).toList());
        assertEquals(Optional.of(g.item(id("host"))), g.parentOf(id("vm")));
        assertEquals(Optional.empty(), g.parentOf(id("host")));
        assertEquals(List.of(g.item(id("vm"))), g.childrenOf(id("host")));
        assertEquals(6, g.items().size());
        ValidationException e = assertThrows(ValidationException.class, () -> g.item(id("nope")));
        assertEquals("known-item", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> g.blastRadius(null));
    }

    @Test
    void invalidGraphsReportEveryProblem() {
        ServiceGraph.Builder b = ServiceGraph.builder()
                .add(ci("a", ItemKind.APPLICATION, Criticality.LOW))
                .add(ci("p", ItemKind.INFRASTRUCTURE, Criticality.LOW))
                .add(ci("q", ItemKind.INFRASTRUCTURE, Criticality.LOW))
                .dependsOn(id("a"), id("a"))
                .dependsOn(id("a"), id("ghost"))
                .contains(id("p"), id("a"))
                .contains(id("q"), id("a"));
        ValidationException e = assertThrows(ValidationException.class, b::build);
        assertEquals(
                List.of("no-self-relationship", "single-parent", "known-item"),
                e.violations().stream().map(Violation::rule).toList());
        ValidationException dup = assertThrows(
                ValidationException.class,
                () -> ServiceGraph.builder()
                        .add(ci("a", ItemKind.APPLICATION, Criticality.LOW))
                        .add(ci("a", ItemKind.APPLICATION, Criticality.LOW)));
        assertEquals("unique-id", dup.violations().get(0).rule());
        assertThrows(
                ValidationException.class,
                () -> ServiceGraph.builder().contains(id("x"), id("x")).build());
    }

    @Test
    void itemValidation() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ConfigurationItem.of(id("x"), " ", ItemKind.APPLICATION, Criticality.LOW));
        assertEquals("configurationItem.name", e.violations().get(0).path());
        ValidationException n = assertThrows(
                ValidationException.class, () -> ConfigurationItem.of(id("x"), "x", null, Criticality.LOW));
        assertEquals("kind", n.violations().get(0).path());
        assertEquals(true, ItemKind.TECHNICAL_SERVICE.isService());
        assertEquals(false, ItemKind.APPLICATION.isService());
        assertEquals(true, Criticality.HIGH.isHigherThan(Criticality.MEDIUM));
        assertEquals(false, Criticality.HIGH.isHigherThan(Criticality.HIGH));
        assertThrows(
                ValidationException.class,
                () -> new ImpactedItem(ci("x", ItemKind.APPLICATION, Criticality.LOW), 0, id("y")));
    }
}
