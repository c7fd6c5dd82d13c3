package io.itsmkit.change.risk;

import io.itsmkit.change.metrics.TrackRecord;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ImpactedItem;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a {@link RiskModel} looks at to assess one change: the change, the CMDB graph, when it was
 * submitted, and the facts a host may add (questionnaire answers, business calendar, service hours, users per
 * service, track record, impact and success probability). What a factor needs and was not given is reported
 * as bad input naming the field.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RiskContext {
    private final ChangeDetails change;
    private final ServiceGraph graph;
    private final Instant submittedAt;
    private final Optional<BusinessCalendar> businessCalendar;
    private final Map<ConfigurationItemId, BusinessCalendar> serviceHours;
    private final Map<ConfigurationItemId, Long> usersByService;
    private final Map<String, String> answers;
    private final TrackRecord trackRecord;
    private final Optional<ChangeImpact> impact;
    private final Optional<SuccessProbability> successProbability;
    private final List<ConfigurationItem> touched;
    private final List<ConfigurationItem> impacted;

    private RiskContext(Builder b) {
        this.change = b.change;
        this.graph = b.graph;
        this.submittedAt = b.submittedAt;
        this.businessCalendar = b.businessCalendar;
        this.serviceHours = Map.copyOf(b.serviceHours);
        this.usersByService = Map.copyOf(b.usersByService);
        this.answers = Map.copyOf(b.answers);
        this.trackRecord = b.trackRecord;
        this.impact = b.impact;
        this.successProbability = b.successProbability;
        Map<ConfigurationItemId, ConfigurationItem> touchedItems = new LinkedHashMap<>();
        Map<ConfigurationItemId, ConfigurationItem> all = new LinkedHashMap<>();
        int i = 0;
        for (ConfigurationItemId id : change.items()) {
            ConfigurationItem ci = known(id, "change.items[" + i++ + "]");
            touchedItems.put(id, ci);
            all.put(id, ci);
        }
        for (ConfigurationItem ci : touchedItems.values()) {
            for (ImpactedItem hit : graph.blastRadius(ci.id()).impacted()) {
                all.putIfAbsent(hit.item().id(), hit.item());
            }
        }
        this.touched = List.copyOf(touchedItems.values());
        this.impacted = List.copyOf(all.values());
    }

    private ConfigurationItem known(ConfigurationItemId id, String path) {
        try {
            return graph.item(id);
        } catch (ValidationException e) {
            throw new ValidationException(path, "known-item", id, "is not an item of the service graph");
        }
    }

    /**
     * Starts a context with what every assessment needs.
     *
     * @param change the change assessed; its items must be items of the graph
     * @param graph the CMDB graph
     * @param submittedAt when the change was submitted (lead time is counted from it)
     * @return a builder with no answers, calendars, users, history, impact nor success probability
     * @throws ValidationException if an argument is null
     */
    public static Builder builder(ChangeDetails change, ServiceGraph graph, Instant submittedAt) {
        return new Builder(
                Checks.notNull(change, "change"),
                Checks.notNull(graph, "graph"),
                Checks.notNull(submittedAt, "submittedAt"));
    }

    /**
     * Returns the change assessed.
     *
     * @return the change
     */
    public ChangeDetails change() {
        return change;
    }

    /**
     * Returns the CMDB graph.
     *
     * @return the graph
     */
    public ServiceGraph graph() {
        return graph;
    }

    /**
     * Returns when the change was submitted.
     *
     * @return the instant
     */
    public Instant submittedAt() {
        return submittedAt;
    }

    /**
     * Returns the organisation's business calendar, for lead times.
     *
     * @return the calendar, if given
     */
    public Optional<BusinessCalendar> businessCalendar() {
        return businessCalendar;
    }

    /**
     * Returns the business hours of services: a change inside them disrupts users.
     *
     * @return the hours of each service that has them
     */
    public Map<ConfigurationItemId, BusinessCalendar> serviceHours() {
        return serviceHours;
    }

    /**
     * Returns how many users each service has.
     *
     * @return the users of each service that has a count
     */
    public Map<ConfigurationItemId, Long> usersByService() {
        return usersByService;
    }

    /**
     * Returns the questionnaire answers.
     *
     * @return the answer identifier for each question identifier
     */
    public Map<String, String> answers() {
        return answers;
    }

    /**
     * Returns the track record of the change's assignment group (or model).
     *
     * @return the record, {@link TrackRecord#NONE} if not given
     */
    public TrackRecord trackRecord() {
        return trackRecord;
    }

    /**
     * Returns the impact of the change if it goes wrong.
     *
     * @return the impact, if given
     */
    public Optional<ChangeImpact> impact() {
        return impact;
    }

    /**
     * Returns how likely the change is to succeed.
     *
     * @return the probability band, if given
     */
    public Optional<SuccessProbability> successProbability() {
        return successProbability;
    }

    /**
     * Returns the items the change touches.
     *
     * @return the items, in the change's order
     */
    public List<ConfigurationItem> touchedItems() {
        return touched;
    }

    /**
     * Returns what the change can impact: the items it touches and their blast radius in the graph.
     *
     * @return the items, touched first, each once
     */
    public List<ConfigurationItem> impactedItems() {
        return impacted;
    }

    /**
     * Returns the services among {@link #impactedItems()}.
     *
     * @return the services, each once
     */
    public List<ConfigurationItem> impactedServices() {
        return impacted.stream().filter(ci -> ci.kind().isService()).toList();
    }

    /**
     * Returns the highest criticality among {@link #impactedItems()}.
     *
     * @return the criticality, empty when the change touches no item
     */
    public Optional<Criticality> highestImpactedCriticality() {
        return impacted.stream().map(ConfigurationItem::criticality).min(Criticality::compareTo);
    }

    /**
     * Collects a risk context. Not thread-safe.
     */
    public static final class Builder {
        private final ChangeDetails change;
        private final ServiceGraph graph;
        private final Instant submittedAt;
        private Optional<BusinessCalendar> businessCalendar = Optional.empty();
        private final Map<ConfigurationItemId, BusinessCalendar> serviceHours = new HashMap<>();
        private final Map<ConfigurationItemId, Long> usersByService = new HashMap<>();
        private final Map<String, String> answers = new HashMap<>();
        private TrackRecord trackRecord = TrackRecord.NONE;
        private Optional<ChangeImpact> impact = Optional.empty();
        private Optional<SuccessProbability> successProbability = Optional.empty();

        private Builder(ChangeDetails change, ServiceGraph graph, Instant submittedAt) {
            this.change = change;
            this.graph = graph;
            this.submittedAt = submittedAt;
        }

        /**
         * Sets the organisation's business calendar.
         *
         * @param calendar the calendar lead times are counted on
         * @return this builder
         */
        public Builder businessCalendar(BusinessCalendar calendar) {
            this.businessCalendar = Optional.of(Checks.notNull(calendar, "context.businessCalendar"));
            return this;
        }

        /**
         * Sets a service's business hours.
         *
         * @param service a service of the graph
         * @param hours its hours
         * @return this builder
         */
        public Builder serviceHours(ConfigurationItemId service, BusinessCalendar hours) {
            serviceHours.put(
                    Checks.notNull(service, "context.serviceHours.service"),
                    Checks.notNull(hours, "context.serviceHours[" + service + "]"));
            return this;
        }

        /**
         * Sets how many users a service has.
         *
         * @param service a service of the graph
         * @param users zero or more
         * @return this builder
         */
        public Builder users(ConfigurationItemId service, long users) {
            Checks.notNull(service, "context.users.service");
            usersByService.put(service, Checks.notNegative(users, "context.users[" + service + "]"));
            return this;
        }

        /**
         * Records the answer to a questionnaire question.
         *
         * @param questionId the question's identifier
         * @param answerId the answer's identifier
         * @return this builder
         */
        public Builder answer(String questionId, String answerId) {
            answers.put(
                    Checks.notBlank(questionId, "context.answers.questionId"),
                    Checks.notBlank(answerId, "context.answers[" + questionId + "].answerId"));
            return this;
        }

        /**
         * Sets the track record of the change's assignment group or model.
         *
         * @param record the counts
         * @return this builder
         */
        public Builder trackRecord(TrackRecord record) {
            this.trackRecord = Checks.notNull(record, "context.trackRecord");
            return this;
        }

        /**
         * Sets the change's impact if it goes wrong.
         *
         * @param impact the impact
         * @return this builder
         */
        public Builder impact(ChangeImpact impact) {
            this.impact = Optional.of(Checks.notNull(impact, "context.impact"));
            return this;
        }

        /**
         * Sets how likely the change is to succeed.
         *
         * @param probability the probability band
         * @return this builder
         */
        public Builder successProbability(SuccessProbability probability) {
            this.successProbability = Optional.of(Checks.notNull(probability, "context.successProbability"));
            return this;
        }

        /**
         * Validates and builds the context.
         *
         * @return the context
         * @throws ValidationException if the change touches an item that is not in the graph
         */
        public RiskContext build() {
            return new RiskContext(this);
        }
    }
}
