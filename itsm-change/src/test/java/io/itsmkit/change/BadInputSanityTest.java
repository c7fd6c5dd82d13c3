package io.itsmkit.change;

import io.itsmkit.change.approval.Approval;
import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.AuthorityMatrix;
import io.itsmkit.change.approval.LeadTimePolicy;
import io.itsmkit.change.approval.Quorum;
import io.itsmkit.change.calendar.ChangeCalendar;
import io.itsmkit.change.calendar.Conflict;
import io.itsmkit.change.calendar.ScheduledChange;
import io.itsmkit.change.enablement.ChangeRequest;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.metrics.ChangeSuccessScore;
import io.itsmkit.change.metrics.ClosedChange;
import io.itsmkit.change.metrics.PostImplementationReview;
import io.itsmkit.change.metrics.TrackRecord;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.risk.Question;
import io.itsmkit.change.risk.Questionnaire;
import io.itsmkit.change.risk.RiskAssessment;
import io.itsmkit.change.risk.RiskBands;
import io.itsmkit.change.risk.RiskCondition;
import io.itsmkit.change.risk.RiskContext;
import io.itsmkit.change.risk.RiskFactor;
import io.itsmkit.change.risk.RiskLookup;
import io.itsmkit.change.risk.RiskModel;
import io.itsmkit.change.risk.RiskRule;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Recurrence;
import io.itsmkit.change.schedule.RecurringWindow;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.change.schedule.Windows;
import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.testkit.BadInputSanity;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bad input never leaks from any public package of itsm-change: every public constructor, factory, method and
 * reachable builder, with nulls and extreme values, returns or throws an ItsmException naming the field.
 */
class BadInputSanityTest {
    private static final ServiceGraph GRAPH = CoreFixtures.serviceGraphs().sample(new SplittableRandom(7));

    @Test
    void badInputNeverLeaks() {
        Sampler<Questionnaire> questionnaires = ChangeFixtures.questionnaires();
        BadInputSanity.Report report = BadInputSanity.withCoreSamples()
                .with(ServiceGraph.class, r -> GRAPH)
                .with(BusinessCalendar.class, r -> ChangeFixtures.OFFICE)
                .with(ChangeId.class, ChangeFixtures.changeIds())
                .with(ChangeModel.class, ChangeFixtures.changeModels())
                .with(Window.class, ChangeFixtures.windows())
                .with(Windows.class, ChangeFixtures.windowSets())
                .with(Recurrence.class, ChangeFixtures.recurrences())
                .with(RecurringWindow.class, ChangeFixtures.recurringWindows())
                .with(Schedule.class, ChangeFixtures.schedules(GRAPH))
                .with(Blackout.class, ChangeFixtures.blackouts(GRAPH))
                .with(ChangeDetails.class, ChangeFixtures.changeDetails(GRAPH))
                .with(ScheduledChange.class, ChangeFixtures.scheduledChanges(GRAPH))
                .with(
                        ChangeCalendar.class,
                        ChangeFixtures.changeCalendars(GRAPH).map(ChangeFixtures.CalendarSetUp::calendar))
                .with(RiskBands.class, ChangeFixtures.riskBands())
                .with(Question.class, ChangeFixtures.questions())
                .with(Questionnaire.class, questionnaires)
                .with(RiskLookup.class, ChangeFixtures.riskLookups())
                .with(RiskFactor.class, ChangeFixtures.riskFactors())
                .with(RiskRule.class, ChangeFixtures.riskRules())
                .with(RiskCondition.class, ChangeFixtures.riskRules().map(RiskRule::condition))
                .with(RiskModel.class, ChangeFixtures.riskModels())
                .with(
                        RiskContext.class,
                        r -> ChangeFixtures.riskContexts(GRAPH, questionnaires.sample(r))
                                .sample(r))
                .with(TrackRecord.class, ChangeFixtures.trackRecords())
                .with(ChangeSuccessScore.class, ChangeFixtures.changeSuccessScores())
                .with(LeadTimePolicy.class, ChangeFixtures.leadTimePolicies())
                .with(AuthorityMatrix.class, ChangeFixtures.authorityMatrices())
                .with(Quorum.class, ChangeFixtures.quorums())
                .with(ApprovalStep.class, ChangeFixtures.approvalSteps())
                .with(Approval.class, ChangeFixtures.approvals())
                .with(PostImplementationReview.class, ChangeFixtures.reviews())
                .with(ClosedChange.class, ChangeFixtures.closedChanges())
                .with(Conflict.class, ChangeFixtures.conflicts(GRAPH))
                .with(RiskAssessment.class, ChangeFixtures.riskAssessments(GRAPH))
                .with(ChangeRequest.class, ChangeFixtures.changeRequests(GRAPH))
                .check("io.itsmkit.change");
        System.out.println("bad-input sanity of itsm-change: " + report.describe());
    }
}
