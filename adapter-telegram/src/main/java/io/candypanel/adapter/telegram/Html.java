package io.candypanel.adapter.telegram;

/**
 * Telegram's HTML parse mode: every text the bot sends is HTML, so anything that comes from a person
 * or from the database (names, notes, configs, error details) is escaped before it goes in. Telegram
 * only knows the three entities below; {@code "} needs no escaping outside attributes.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Monospace block, e.g. a WireGuard config the user can copy with one tap. */
    static String pre(String text) {
        return "<pre>" + escape(text) + "</pre>";
    }

    /** Inline monospace, e.g. an order id the admin copies into a command. */
    static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    /**
     * What the user would see, as plain text: tags dropped and entities resolved. Used when a message
     * is too long for one Telegram message and has to be cut, since a cut could fall inside a tag.
     */
    static String toPlainText(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
