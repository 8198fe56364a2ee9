package io.candypanel.adapter.http.auth;

import io.candypanel.application.port.in.auth.IssuedSession;

/** {@code data} of a login, with the original's field names. */
record LoginResponse(String accessToken, String tokenType) {

    static LoginResponse from(IssuedSession session) {
        return new LoginResponse(session.token(), "bearer");
    }

    @Override
    public String toString() {
        return "LoginResponse[" + tokenType + " ***]";
    }
}
