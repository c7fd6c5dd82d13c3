package io.itsmkit.core.archbad;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps Guava and generated types behind JDK ones, as DESIGN.md asks: private and package-private members may use
 * them, a final class's protected members are unreachable, and the prescribed builder extends the generated one.
 * The public-API rule must not flag it.
 */
public class ApiInOwnTypes {
    private final ImmutableList<String> names = ImmutableList.of("a");

    ImmutableLeak generated() {
        return new ImmutableLeak();
    }

    /**
     * The names, as a JDK list.
     *
     * @return the names
     */
    public List<String> names() {
        return names;
    }

    /**
     * Names by key, maybe, in JDK types only.
     *
     * @param keys the keys
     * @return nothing
     */
    public Optional<Map<String, List<ApiInOwnTypes>>> byKey(List<? extends CharSequence> keys) {
        return Optional.empty();
    }

    /**
     * A protected method in a subclassable class, in JDK types.
     *
     * @return the names
     */
    protected List<String> more() {
        return names;
    }

    /** A final class: its protected members are no subclass's API. */
    public static final class Sealed {
        /** Unreachable from outside: nobody can extend the class. */
        protected ImmutableList<String> names = ImmutableList.of();
    }

    /** The builder pattern DESIGN.md prescribes: a public builder extending the generated one. */
    public static final class Builder extends ImmutableLeak {
        Builder() {}
    }
}
