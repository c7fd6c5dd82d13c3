package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A change risk model: up to four engines, combined ServiceNow's way, taking the highest level.
 *
 * <ol>
 *   <li>The <b>score</b>: the points of an optional weighted {@link Questionnaire} plus those of the
 *       {@link RiskFactor}s, placed in the {@link RiskBands}.
 *   <li>The <b>rules</b>: ordered {@link RiskRule}s; the first that matches sets its level (ServiceNow's Change
 *       Risk Calculator). Rules must be listed from the highest level down, so the first match is also the
 *       highest match and a lower rule placed first can never hide a higher one.
 *   <li>The <b>look-up</b>: an optional impact x success-probability {@link RiskLookup}.
 * </ol>
 *
 * <p>Guarantees: the level is the highest of the band's, the first matching rule's and the look-up's; the
 * score is the sum of the points; the {@link RiskAssessment} lists every contribution. With monotone factors
 * and conditions (all built-in ones are), the level never decreases when a factor gets worse.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the host's factors and conditions are.
 */
public final class RiskModel {
    private final RiskBands bands;
    private final Optional<Questionnaire> questionnaire;
    private final List<RiskFactor> factors;
    private final List<RiskRule> rules;
    private final Optional<RiskLookup> lookup;

    private RiskModel(Builder b) {
        this.bands = b.bands;
        this.questionnaire = b.questionnaire;
        this.factors = List.copyOf(b.factors);
        this.rules = List.copyOf(b.rules);
        this.lookup = b.lookup;
    }

    /**
     * Starts a model with its bands and no questionnaire, factor, rule or look-up.
     *
     * @param bands the bands the score is placed in, e.g. {@link RiskBands#SERVICENOW_SIMPLIFIED}
     * @return a builder
     * @throws ValidationException if the bands are null
     */
    public static Builder builder(RiskBands bands) {
        return new Builder(Checks.notNull(bands, "bands"));
    }

    /**
     * Ohio State University's published model: its five-question {@link Questionnaire#OSU} and
     * {@link RiskBands#OSU} (a score of 8 or more is high).
     *
     * @return the model
     */
    public static RiskModel osu() {
        return builder(RiskBands.OSU).questionnaire(Questionnaire.OSU).build();
    }

    /**
     * Assesses a change.
     *
     * @param context the change and its facts
     * @return the score, the level and the explanation
     * @throws ValidationException if the context is null, a question is unanswered, the look-up is used and
     *     the context has no impact or success probability, or a factor lacks a fact it needs
     */
    public RiskAssessment assess(RiskContext context) {
        Checks.notNull(context, "context");
        List<RiskContribution> out = new ArrayList<>();
        questionnaire.ifPresent(q -> out.addAll(q.score(context.answers())));
        for (RiskFactor f : factors) {
            RiskContribution c = Checks.notNull(f.assess(context), "factor[" + f.name() + "]");
            if (c.source() != RiskContribution.Source.FACTOR || !c.name().equals(f.name())) {
                throw new ValidationException(
                        "factor[" + f.name() + "]",
                        "factor-contribution",
                        c,
                        "a factor must return a FACTOR contribution under its own name");
            }
            out.add(c);
        }
        long score = 0;
        for (RiskContribution c : out) {
            score += c.points();
        }
        RiskBands.Band band = bands.bandOf(score);
        RiskLevel level = band.level();
        out.add(RiskContribution.level(
                RiskContribution.Source.BANDS, "score", "score " + score + " is in band " + band, band.level()));
        for (RiskRule rule : rules) {
            Optional<String> why = rule.condition().match(context);
            if (why.isPresent()) {
                out.add(RiskContribution.level(RiskContribution.Source.RULE, rule.name(), why.get(), rule.level()));
                level = level.max(rule.level());
                break;
            }
        }
        if (lookup.isPresent()) {
            ChangeImpact impact = context.impact()
                    .orElseThrow(() -> new ValidationException(
                            "context.impact", "required", "none", "the impact x success probability look-up needs it"));
            SuccessProbability p = context.successProbability()
                    .orElseThrow(() -> new ValidationException(
                            "context.successProbability",
                            "required",
                            "none",
                            "the impact x success probability look-up needs it"));
            RiskLevel looked = lookup.get().levelOf(impact, p);
            out.add(RiskContribution.level(
                    RiskContribution.Source.LOOKUP,
                    "impact x success probability",
                    "impact " + impact + ", success probability " + p,
                    looked));
            level = level.max(looked);
        }
        return new RiskAssessment(score, level, out);
    }

    /** Collects a model's engines; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final RiskBands bands;
        private Optional<Questionnaire> questionnaire = Optional.empty();
        private final List<RiskFactor> factors = new ArrayList<>();
        private final List<RiskRule> rules = new ArrayList<>();
        private Optional<RiskLookup> lookup = Optional.empty();

        private Builder(RiskBands bands) {
            this.bands = bands;
        }

        /**
         * Sets the questionnaire.
         *
         * @param questionnaire the questions
         * @return this builder
         */
        public Builder questionnaire(Questionnaire questionnaire) {
            this.questionnaire = Optional.of(Checks.notNull(questionnaire, "questionnaire"));
            return this;
        }

        /**
         * Adds a factor.
         *
         * @param factor a factor, e.g. from {@link RiskFactors}
         * @return this builder
         */
        public Builder factor(RiskFactor factor) {
            factors.add(Checks.notNull(factor, "factor"));
            return this;
        }

        /**
         * Adds a rule after the ones already added.
         *
         * @param rule a rule, at a level no higher than the previous rule's
         * @return this builder
         */
        public Builder rule(RiskRule rule) {
            rules.add(Checks.notNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the impact x success-probability look-up.
         *
         * @param lookup the table
         * @return this builder
         */
        public Builder lookup(RiskLookup lookup) {
            this.lookup = Optional.of(Checks.notNull(lookup, "lookup"));
            return this;
        }

        /**
         * Validates and builds the model.
         *
         * @return the model
         * @throws ValidationException if two factors share a name (rule {@code unique-name}) or a rule is at a
         *     higher level than the one before it (rule {@code highest-first})
         */
        public RiskModel build() {
            Checks.Collector problems = Checks.collector();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < factors.size(); i++) {
                String name = Checks.notBlank(factors.get(i).name(), "factors[" + i + "].name");
                problems.require(
                        names.add(name), "factors[" + i + "]", "unique-name", name, "another factor has this name");
            }
            for (int i = 1; i < rules.size(); i++) {
                RiskRule before = rules.get(i - 1);
                RiskRule rule = rules.get(i);
                problems.require(
                        rule.level().compareTo(before.level()) <= 0,
                        "rules[" + i + "]",
                        "highest-first",
                        rule.name() + " (" + rule.level() + ")",
                        "must not be above the rule before it, " + before.name() + " (" + before.level()
                                + "): first-match rules are listed from the highest level down");
            }
            problems.throwIfAny();
            return new RiskModel(this);
        }
    }
}
