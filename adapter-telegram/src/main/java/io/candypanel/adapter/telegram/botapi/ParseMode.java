package io.candypanel.adapter.telegram.botapi;

/** How Telegram formats a text; without one the text is shown literally. */
public enum ParseMode {
    /** {@code <b>}, {@code <i>}, {@code <code>}, {@code <pre>}, {@code <a href>}; escape {@code < > &} in user data. */
    HTML("HTML"),
    /** MarkdownV2; many characters need a backslash, so HTML is easier to get right with user data. */
    MARKDOWN_V2("MarkdownV2");

    private final String wireName;

    ParseMode(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
