package io.candypanel.adapter.telegram;

import java.util.regex.Pattern;

/**
 * What a person typed, without the invisible direction marks that right-to-left keyboards and copied
 * Persian text carry (LRM, RLM, embeddings, isolates). They would make {@code /bought REF-1} no command
 * and {@code REF-1} no valid order id although both look right on screen.
 */
final class TypedText {
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C]");

    private TypedText() {
    }

    static String withoutDirectionMarks(String text) {
        return text == null ? null : DIRECTION_MARKS.matcher(text).replaceAll("");
    }
}
