package io.candypanel.application.port.out.auth;

/** The one-time secret that lets an operator install the panel from another machine. */
public interface SetupTokenPort {
    /** Constant-time check of a candidate against the current setup token; false when there is none. */
    boolean matches(String candidate);

    /** Forgets the token once the panel is installed. */
    void discard();
}
