package io.itsmkit.core.archbad.uncallable;

import io.itsmkit.core.error.Checks;

/** A public method whose argument type has no public way to be made: the tester can only skip it. */
public final class Sealed {
    private final String secret;

    private Sealed(String secret) {
        this.secret = secret;
    }

    /**
     * Reads the secret of a token only this package can make.
     *
     * @param token the token
     * @return its secret
     */
    public static String open(Sealed token) {
        return Checks.notNull(token, "token").secret;
    }

    /** A token, for tests that register it as a sample. */
    static Sealed token() {
        return new Sealed("s");
    }
}
