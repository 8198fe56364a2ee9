package io.candypanel.adapter.http.botapi;

/** {@code data} of {@code register}: always registered by now, and the user's language. */
record RegisteredResponse(boolean registered, String language) {
}
