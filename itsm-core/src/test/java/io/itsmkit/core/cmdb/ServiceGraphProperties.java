package io.itsmkit.core.cmdb;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.CoreFixtures;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceGraphProperties {

    /** Reachability by naive fixpoint, the oracle for the breadth-first search. */
    private static Set<ConfigurationItemId> reachable(ServiceGraph g, ConfigurationItemId from) {
        Set<ConfigurationItemId> seen = new HashSet<>();
        boolean grew = true;
        seen.add(from);
        while (grew) {
            grew = false;
            for (ConfigurationItemId id : Set.copyOf(seen)) {
                for (ConfigurationItem n : g.downstreamOf(id)) {
                    grew |= seen.add(n.id());
                }
                for (ConfigurationItem n : g.childrenOf(id)) {
                    grew |= seen.add(n.id());
                }
            }
        }
        seen.remove(from);
        return seen;
    }

    @Test
    void blastRadiusIsExactlyWhatFailureReachesEachItemOnce() {
        qt().forAll(CoreFixtures.serviceGraphs().gen())
                .check(g -> g.items().stream().allMatch(ci -> {
                    BlastRadius r = g.blastRadius(ci.id());
                    Set<ConfigurationItemId> ids = new HashSet<>();
                    r.impacted().forEach(i -> ids.add(i.item().id()));
                    boolean nearestFirst = true;
                    for (int k = 1; k < r.impacted().size(); k++) {
                        nearestFirst &= r.impacted().get(k - 1).distance()
                                <= r.impacted().get(k).distance();
                    }
                    return ids.size() == r.impacted().size() && ids.equals(reachable(g, ci.id())) && nearestFirst;
                }));
    }
}
