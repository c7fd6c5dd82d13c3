package io.itsmkit.change.risk;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.metrics.TrackRecord;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The risk level never decreases when a factor gets worse; the level is the highest level any engine sets.
 * Each case draws a model and a context, then worsens exactly one fact.
 */
class RiskModelProperties {

    /** Everything a context is built from, so one fact can be changed and the context rebuilt. */
    record Facts(
            ServiceGraph graph,
            Questionnaire questions,
            ChangeDetails change,
            Instant submittedAt,
            Map<String, String> answers,
            Set<ConfigurationItemId> hours,
            Map<ConfigurationItemId, Long> users,
            TrackRecord record,
            ChangeImpact impact,
            SuccessProbability probability) {

        Facts withChange(ChangeDetails c) {
            return new Facts(graph, questions, c, submittedAt, answers, hours, users, record, impact, probability);
        }

        Facts withSubmittedAt(Instant t) {
            return new Facts(graph, questions, change, t, answers, hours, users, record, impact, probability);
        }

        Facts withAnswers(Map<String, String> a) {
            return new Facts(graph, questions, change, submittedAt, a, hours, users, record, impact, probability);
        }

        Facts withHours(Set<ConfigurationItemId> h) {
            return new Facts(graph, questions, change, submittedAt, answers, h, users, record, impact, probability);
        }

        Facts withUsers(Map<ConfigurationItemId, Long> u) {
            return new Facts(graph, questions, change, submittedAt, answers, hours, u, record, impact, probability);
        }

        Facts withRecord(TrackRecord t) {
            return new Facts(graph, questions, change, submittedAt, answers, hours, users, t, impact, probability);
        }

        Facts withRisk(ChangeImpact i, SuccessProbability p) {
            return new Facts(graph, questions, change, submittedAt, answers, hours, users, record, i, p);
        }

        RiskContext context() {
            RiskContext.Builder b = RiskContext.builder(change, graph, submittedAt)
                    .businessCalendar(ChangeFixtures.OFFICE)
                    .trackRecord(record)
                    .impact(impact)
                    .successProbability(probability);
            answers.forEach(b::answer);
            hours.forEach(s -> b.serviceHours(s, ChangeFixtures.OFFICE));
            users.forEach(b::users);
            return b.build();
        }
    }

    record Case(RiskModel model, Facts facts, Facts worse, String how) {}

    private static final Sampler<Case> CASES = r -> {
        ServiceGraph graph = CoreFixtures.serviceGraphs().sample(r);
        Questionnaire q = ChangeFixtures.questionnaires().sample(r);
        RiskModel model = modelAnswering(r, q);
        RiskContext c = ChangeFixtures.riskContexts(graph, q).sample(r);
        Set<ConfigurationItemId> hours = new HashSet<>(c.serviceHours().keySet());
        Facts f = new Facts(
                graph,
                q,
                c.change(),
                c.submittedAt(),
                c.answers(),
                hours,
                c.usersByService(),
                c.trackRecord(),
                c.impact().orElseThrow(),
                c.successProbability().orElseThrow());
        return worsen(r, model, f);
    };

    private static RiskModel modelAnswering(RandomGenerator r, Questionnaire q) {
        // as ChangeFixtures.riskModels(), with the questionnaire the context answers
        RiskModel.Builder b =
                RiskModel.builder(ChangeFixtures.riskBands().sample(r)).questionnaire(q);
        Set<String> names = new HashSet<>();
        for (int i = r.nextInt(7); i > 0; i--) {
            RiskFactor f = ChangeFixtures.riskFactors().sample(r);
            if (names.add(f.name())) {
                b.factor(f);
            }
        }
        List<RiskRule> rules = new ArrayList<>(ChangeFixtures.riskRules().sampleList(r, 0, 3));
        rules.sort((x, y) -> y.level().compareTo(x.level()));
        rules.forEach(b::rule);
        if (r.nextBoolean()) {
            b.lookup(ChangeFixtures.riskLookups().sample(r));
        }
        return b.build();
    }

    private static Case worsen(RandomGenerator r, RiskModel m, Facts f) {
        ChangeDetails.Builder change = f.change().toBuilder();
        return switch (r.nextInt(11)) {
            case 0 -> new Case(m, f, f.withChange(change.outage(true).build()), "outage");
            case 1 -> new Case(m, f, f.withChange(without(f.change(), true, false)), "no backout plan");
            case 2 -> new Case(m, f, f.withChange(without(f.change(), false, true)), "no test plan");
            case 3 -> new Case(m, f, f.withChange(retype(f.change(), ChangeType.EMERGENCY)), "emergency");
            case 4 ->
                new Case(
                        m,
                        f,
                        f.withSubmittedAt(f.submittedAt().plus(Duration.ofHours(r.nextInt(1, 100)))),
                        "later submission");
            case 5 -> {
                ConfigurationItem more =
                        f.graph().items().get(r.nextInt(f.graph().items().size()));
                yield new Case(
                        m, f, f.withChange(change.items(List.of(more.id())).build()), "one more item");
            }
            case 6 -> {
                TrackRecord t = f.record();
                TrackRecord worse = new TrackRecord(
                        t.successful(),
                        t.successfulWithIssues(),
                        t.failed() + 1,
                        t.p1Incidents() + r.nextInt(2),
                        t.p2Incidents(),
                        t.p3Incidents());
                yield new Case(m, f, f.withRecord(worse), "worse track record");
            }
            case 7 ->
                new Case(
                        m,
                        f,
                        f.withRisk(
                                ChangeImpact.values()[r.nextInt(f.impact().ordinal() + 1)],
                                SuccessProbability.values()[
                                        r.nextInt(f.probability().ordinal(), 3)]),
                        "higher impact, lower probability");
            case 8 -> {
                Question q = f.questions()
                        .questions()
                        .get(r.nextInt(f.questions().questions().size()));
                int given = q.answer(f.answers().get(q.id())).orElseThrow().points();
                Optional<Question.Answer> more =
                        q.answers().stream().filter(a -> a.points() >= given).findAny();
                Map<String, String> answers = new HashMap<>(f.answers());
                answers.put(q.id(), more.orElseThrow().id());
                yield new Case(m, f, f.withAnswers(answers), "a worse answer");
            }
            case 9 -> {
                Map<ConfigurationItemId, Long> users = new HashMap<>(f.users());
                users.replaceAll((k, v) -> v + r.nextLong(3_000));
                yield new Case(m, f, f.withUsers(users), "more users");
            }
            default -> {
                Set<ConfigurationItemId> hours = new HashSet<>(f.hours());
                f.graph().items().stream().filter(ci -> ci.kind().isService()).forEach(ci -> hours.add(ci.id()));
                yield new Case(m, f, f.withHours(hours), "business hours everywhere");
            }
        };
    }

    private static ChangeDetails without(ChangeDetails d, boolean backout, boolean test) {
        return new ChangeDetails(
                d.type(),
                d.title(),
                d.items(),
                d.plannedWindow(),
                d.implementationPlan(),
                backout ? Optional.empty() : d.backoutPlan(),
                test ? Optional.empty() : d.testPlan(),
                d.outage(),
                d.requester(),
                d.implementer(),
                d.assignmentGroup());
    }

    private static ChangeDetails retype(ChangeDetails d, ChangeType t) {
        return new ChangeDetails(
                t,
                d.title(),
                d.items(),
                d.plannedWindow(),
                d.implementationPlan(),
                d.backoutPlan(),
                d.testPlan(),
                d.outage(),
                d.requester(),
                d.implementer(),
                d.assignmentGroup());
    }

    @Test
    void theLevelAndScoreNeverDecreaseWhenAFactorGetsWorse() {
        qt().forAll(CASES.gen()).describedAs(c -> c.how()).check(c -> {
            RiskAssessment before = c.model().assess(c.facts().context());
            RiskAssessment after = c.model().assess(c.worse().context());
            return after.level().compareTo(before.level()) >= 0 && after.score() >= before.score();
        });
    }

    @Test
    void theLevelIsTheHighestOfTheEnginesAndTheScoreTheSumOfThePoints() {
        qt().forAll(CASES.gen()).check(c -> {
            RiskAssessment a = c.model().assess(c.facts().context());
            RiskLevel highest = a.explanation().stream()
                    .flatMap(x -> x.level().stream())
                    .max(RiskLevel::compareTo)
                    .orElseThrow();
            long bands = a.explanation().stream()
                    .filter(x -> x.source() == RiskContribution.Source.BANDS)
                    .count();
            long rules = a.explanation().stream()
                    .filter(x -> x.source() == RiskContribution.Source.RULE)
                    .count();
            return highest == a.level()
                    && a.score()
                            == a.explanation().stream()
                                    .mapToLong(RiskContribution::points)
                                    .sum()
                    && bands == 1
                    && rules <= 1;
        });
    }
}
