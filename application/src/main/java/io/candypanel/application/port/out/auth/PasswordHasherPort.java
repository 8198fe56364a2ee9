package io.candypanel.application.port.out.auth;

import io.candypanel.domain.auth.PasswordHash;

/** A slow, salted password hash with a constant-time check. */
public interface PasswordHasherPort {
    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
