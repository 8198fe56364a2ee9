package io.candypanel.adapter.http.auth;

/** {@code {"installed": true|false}}, without the envelope, as the original answers {@code /check}. */
record CheckResponse(boolean installed) {
}
