package io.itsmkit.change.testkit;

import io.itsmkit.change.enablement.ChangeRequest;
import io.itsmkit.change.enablement.spi.ChangeRepository;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.testkit.TimelineTruncation;
import io.itsmkit.core.testkit.VersionedRepositoryTck;
import io.itsmkit.core.timeline.Stamp;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The compatibility test kit of {@link ChangeRepository}: extend it, implement {@link #newRepository()}, and
 * every rule of core's {@link VersionedRepositoryTck} runs against your adapter with full fixture-generated
 * change requests (risk assessments, approvals, reviews, nanosecond stamps).
 *
 * <pre>{@code
 * class JdbcChangeRepositoryTest extends ChangeRepositoryTck {
 *     protected ChangeRepository newRepository() { return new JdbcChangeRepository(freshSchema()); }
 * }
 * }</pre>
 */
public abstract class ChangeRepositoryTck extends VersionedRepositoryTck<ChangeId, ChangeRequest> {

    /**
     * Creates a new, empty repository for one rule.
     *
     * @return the adapter under test
     */
    @Override
    protected abstract ChangeRepository newRepository();

    /**
     * Returns the fixtures' change requests.
     *
     * @return {@link ChangeFixtures#changeRequests()}
     */
    @Override
    protected final Sampler<ChangeRequest> values() {
        return ChangeFixtures.changeRequests();
    }

    /**
     * Returns a change with the same id raised again with other content, one event long, recorded after the
     * event recorded last.
     *
     * @param change a change
     * @param random the randomness
     * @return a different change with the same id
     */
    @Override
    protected final ChangeRequest changed(ChangeRequest change, RandomGenerator random) {
        Stamp last = change.timeline().latest().stamp();
        ChangeDetails other = ChangeFixtures.changeDetails(
                        CoreFixtures.serviceGraphs().sample(random))
                .sample(random);
        return ChangeRequest.raise(
                change.id(),
                ChangeModel.serviceNow(other.type()),
                other,
                Stamp.of(other.requester(), last.recordedAt().plusNanos(random.nextLong(1, 1_000_000_000_000L))));
    }

    /**
     * Returns the change with every stamp truncated. Event contents keep their instants: the fixtures put every
     * instant a change event holds (planned windows, delegations, reviews) on whole seconds, so a store of
     * second precision or finer gives them back unchanged ({@code ChangeRequestProperties} checks it).
     *
     * @param change the written change
     * @param unit the store's precision
     * @return the change such a store gives back
     */
    @Override
    protected final ChangeRequest truncated(ChangeRequest change, ChronoUnit unit) {
        return ChangeRequest.replay(TimelineTruncation.truncated(change.timeline(), unit, (event, precision) -> event));
    }
}
