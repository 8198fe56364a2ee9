package io.candypanel.adapter.http.botapi;

/** {@code data} of {@code set_language}. */
record LanguageResponse(String language) {
}
