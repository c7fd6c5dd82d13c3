package io.itsmkit.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    private static Team team(String id, SupportTier tier, String next) {
        return new Team(TeamId.of(id), id, tier, Optional.ofNullable(next).map(TeamId::of));
    }

    private static Agent agent(String id, String team, RoleLevel level) {
        return Agent.builder()
                .id(AgentId.of(id))
                .name(id)
                .team(TeamId.of(team))
                .roleLevel(level)
                .build();
    }

    private static Organisation org() {
        return Organisation.builder()
                .addTeams(
                        team("desk", SupportTier.TIER_1, "network"),
                        team("network", SupportTier.TIER_2, "architects"),
                        team("architects", SupportTier.TIER_3, null))
                .addAgents(
                        agent("anna", "desk", RoleLevel.IT_SERVICE_ANALYST),
                        agent("marco", "network", RoleLevel.SENIOR_IT_SERVICE_MANAGER),
                        agent("giulia", "architects", RoleLevel.SENIOR_IT_SERVICE_MANAGER),
                        agent("head", "architects", RoleLevel.HEAD_OF_IT_SERVICE_MANAGEMENT))
                .addStakeholders(Stakeholder.of(StakeholderId.of("ceo"), "CEO", true))
                .addSuppliers(Supplier.of(SupplierId.of("acme"), "ACME"))
                .build();
    }

    @Test
    void functionalEscalationClimbsTiers() {
        Organisation o = org();
        assertEquals(
                TeamId.of("network"),
                o.functionalEscalation(TeamId.of("desk")).orElseThrow().id());
        assertEquals(
                TeamId.of("architects"),
                o.functionalEscalation(TeamId.of("network")).orElseThrow().id());
        assertEquals(Optional.empty(), o.functionalEscalation(TeamId.of("architects")));
        ValidationException e = assertThrows(ValidationException.class, () -> o.functionalEscalation(TeamId.of("x")));
        assertEquals("known-team", e.violations().get(0).rule());
    }

    @Test
    void hierarchicalEscalationSkipsEmptyLevels() {
        Organisation o = org();
        assertEquals(
                List.of("marco", "giulia"),
                o.hierarchicalEscalation(RoleLevel.IT_SERVICE_ANALYST).stream()
                        .map(a -> a.id().value())
                        .toList());
        assertEquals(
                List.of("head"),
                o.hierarchicalEscalation(RoleLevel.SENIOR_IT_SERVICE_MANAGER).stream()
                        .map(a -> a.id().value())
                        .toList());
        assertEquals(List.of(), o.hierarchicalEscalation(RoleLevel.HEAD_OF_IT_SERVICE_MANAGEMENT));
        assertEquals(Optional.of(RoleLevel.IT_SERVICE_MANAGER), RoleLevel.IT_SERVICE_ANALYST.next());
        assertEquals(Optional.empty(), RoleLevel.HEAD_OF_IT_SERVICE_MANAGEMENT.next());
        assertThrows(ValidationException.class, () -> o.hierarchicalEscalation(null));
    }

    @Test
    void everyInconsistencyIsReported() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> Organisation.builder()
                        .addTeams(
                                team("desk", SupportTier.TIER_2, "l1"),
                                team("l1", SupportTier.TIER_1, null),
                                team("l1", SupportTier.TIER_1, null),
                                team("x", SupportTier.TIER_1, "ghost"))
                        .addAgents(
                                agent("a", "nowhere", RoleLevel.IT_SERVICE_ANALYST),
                                agent("a", "desk", RoleLevel.IT_SERVICE_ANALYST))
                        .build());
        assertEquals(
                List.of(
                        "teams[l1] unique-id",
                        "agents[a] unique-id",
                        "agents[a].team known-team",
                        "teams[desk].escalatesTo higher-tier",
                        "teams[x].escalatesTo known-team"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
    }

    @Test
    void stakeholderAndSupplierIdsAreUnique() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> Organisation.builder()
                        .addStakeholders(
                                Stakeholder.of(StakeholderId.of("s"), "S", false),
                                Stakeholder.of(StakeholderId.of("s"), "T", true))
                        .addSuppliers(Supplier.of(SupplierId.of("p"), "P"), Supplier.of(SupplierId.of("p"), "Q"))
                        .build());
        assertEquals(
                List.of("stakeholders[s] unique-id", "suppliers[p] unique-id"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
        ValidationException sameTier = assertThrows(
                ValidationException.class,
                () -> Organisation.builder()
                        .addTeams(team("a", SupportTier.TIER_2, "b"), team("b", SupportTier.TIER_2, null))
                        .build());
        assertEquals("higher-tier", sameTier.violations().get(0).rule());
    }

    @Test
    void peopleValues() {
        Organisation o = org();
        assertTrue(o.stakeholders().get(0).isVip());
        assertEquals(ActorId.of("anna"), o.agents().get(0).asActor());
        assertEquals("ACME", o.suppliers().get(0).name());
        assertEquals(SupportTier.TIER_1, o.team(TeamId.of("desk")).tier());
        for (ValidationException e : List.of(
                assertThrows(ValidationException.class, () -> Stakeholder.of(StakeholderId.of("x"), "", false)),
                assertThrows(ValidationException.class, () -> Supplier.of(SupplierId.of("x"), " ")),
                assertThrows(ValidationException.class, () -> Team.of(TeamId.of("x"), "", SupportTier.TIER_1)),
                assertThrows(
                        ValidationException.class,
                        () -> Agent.builder()
                                .from(agent("x", "t", RoleLevel.IT_SERVICE_ANALYST))
                                .name(" ")
                                .build()))) {
            Violation v = e.violations().get(0);
            assertTrue(v.path().endsWith(".name") && v.rule().equals("not-blank"), v.toString());
        }
    }

    @Test
    void nullsInBuildersAreNamedNotThrownAsNullPointers() {
        ValidationException element = assertThrows(
                ValidationException.class, () -> Organisation.builder().addTeams((Team) null));
        assertTrue(element.violations().get(0).path().startsWith("teams"), element.getMessage());
        ValidationException list = assertThrows(
                ValidationException.class,
                () -> Organisation.builder()
                        .addAllAgents(java.util.Arrays.asList(agent("a", "t", RoleLevel.IT_SERVICE_ANALYST), null)));
        assertTrue(list.violations().get(0).path().startsWith("agents"), list.getMessage());
        ValidationException missing =
                assertThrows(ValidationException.class, () -> Agent.builder().build());
        assertEquals(
                List.of("id", "name", "team", "roleLevel"),
                missing.violations().stream().map(Violation::path).toList());
        assertEquals(
                "escalatesTo",
                assertThrows(
                                ValidationException.class,
                                () -> Team.of(TeamId.of("x"), "X", SupportTier.TIER_1)
                                        .withEscalatesTo(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                TeamId.of("y"),
                Team.of(TeamId.of("x"), "X", SupportTier.TIER_1)
                        .withEscalatesTo(TeamId.of("y"))
                        .escalatesTo()
                        .orElseThrow());
    }
}
