package io.itsmkit.sla;

import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.testkit.BadInputSanity;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.clock.ClockFold;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Hypothesis;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.escalation.EscalationPolicy;
import io.itsmkit.sla.escalation.EscalationRule;
import io.itsmkit.sla.experience.ExperienceTarget;
import io.itsmkit.sla.testkit.SlaFixtures;
import org.junit.jupiter.api.Test;

/**
 * Bad input never leaks from any public package of itsm-sla: the core's sanity tester with the SLA fixtures.
 * {@code -Psanity} makes 1,000,000 calls.
 */
class BadInputSanityTest {
    @Test
    void badInputNeverLeaks() {
        BadInputSanity.Report report = BadInputSanity.withCoreSamples()
                .with(Agreement.class, SlaFixtures.agreements())
                .with(Metric.class, SlaFixtures.metrics())
                .with(Targets.class, SlaFixtures.targets())
                .with(Threshold.class, SlaFixtures.thresholds())
                .with(TicketCondition.class, SlaFixtures.conditions())
                .with(EscalationPolicy.class, SlaFixtures.escalationPolicies())
                .with(ExperienceTarget.class, SlaFixtures.experienceTargets())
                .with(ClockStatus.class, SlaFixtures.clockStatuses())
                .with(CalendarChoice.class, SlaFixtures.calendars().map(CalendarChoice::fixed))
                .with(
                        EscalationRule.class,
                        SlaFixtures.escalationPolicies().map(p -> p.rules().get(0)))
                .with(
                        ClockFold.class,
                        r -> ClockEvaluator.DEFAULT.fold(
                                SlaFixtures.agreements().sample(r),
                                CoreFixtures.tickets().sample(r).timeline()))
                .with(
                        Hypothesis.class,
                        r -> r.nextBoolean()
                                ? Hypothesis.PausedNow.INSTANCE
                                : new Hypothesis.PriorityBecomes(
                                        PriorityMatrices.ITIL.priorities().level(1)))
                .check("io.itsmkit.sla");
        System.out.println("bad-input sanity of itsm-sla: " + report.describe());
    }
}
