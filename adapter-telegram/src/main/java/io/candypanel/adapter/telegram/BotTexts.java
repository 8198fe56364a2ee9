package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text the bot says, from {@code messages_en.properties} and {@code messages_fa.properties}.
 *
 * <ul>
 *   <li>The files are read as UTF-8 explicitly, so Persian text never depends on the JVM's default
 *       charset or on how a {@code ResourceBundle} guesses.</li>
 *   <li>Texts are Telegram HTML. Placeholders are {@code {0}}, {@code {1}} ... and are replaced
 *       literally (no {@link java.text.MessageFormat}, whose quoting rules would eat the apostrophes of
 *       English texts). Each argument is HTML-escaped unless it is {@link Html}-built markup passed as
 *       {@link Markup}.</li>
 *   <li>In Persian, each escaped argument is wrapped in a Unicode first-strong isolate (FSI ... PDI):
 *       a number, a date or a Latin name then keeps its own left-to-right order inside the right-to-left
 *       sentence instead of being reordered with the punctuation around it. Not inside {@code <code>}
 *       or {@code <pre>}, which Telegram shows left to right and users copy from.</li>
 * </ul>
 * A missing key is a bug (the bundle test prevents it), so it throws instead of showing the key.
 */
final class BotTexts {
    static final String BUNDLE_PATH = "io/candypanel/adapter/telegram/messages_%s.properties";
    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    BotTexts() {
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
    }

    /** Markup that goes into a text as is (already escaped), e.g. a {@code <pre>} block. */
    record Markup(String html) {
        Markup {
            Objects.requireNonNull(html, "html");
        }
    }

    static Properties load(Language language) {
        String path = String.format(BUNDLE_PATH, language.wireName());
        InputStream in = BotTexts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The bot's texts are missing from the class path: " + path);
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
        return properties;
    }

    /** The placeholder numbers a text uses, e.g. {0, 1}. */
    static Set<Integer> placeholders(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    boolean has(String key) {
        return bundles.get(Language.EN).containsKey(key);
    }

    /** The text for {@code key} in {@code language} with the arguments filled in. */
    String get(Language language, String key, Object... args) {
        String template = bundles.get(language).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No text '" + key + "' for language " + language.wireName());
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= args.length) {
                throw new IllegalStateException("Text '" + key + "' needs argument {" + index + "}, got " + args.length);
            }
            boolean monospace = insideMonospace(template, matcher.start());
            matcher.appendReplacement(out, Matcher.quoteReplacement(argument(language, args[index], monospace)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * @param monospace the placeholder stands inside {@code <code>} or {@code <pre>}: Telegram shows that
     *                  left to right anyway, and isolates there would be copied along with an order id or a
     *                  command and spoil it
     */
    private static String argument(Language language, Object value, boolean monospace) {
        if (value instanceof Markup markup) {
            return markup.html();
        }
        String escaped = Html.escape(String.valueOf(value));
        return language == Language.FA && !monospace ? FIRST_STRONG_ISOLATE + escaped + POP_DIRECTIONAL_ISOLATE : escaped;
    }

    /** Whether {@code position} of {@code template} lies inside a {@code <code>} or {@code <pre>} element. */
    private static boolean insideMonospace(String template, int position) {
        String before = template.substring(0, position);
        return before.lastIndexOf("<code>") > before.lastIndexOf("</code>")
                || before.lastIndexOf("<pre>") > before.lastIndexOf("</pre>");
    }
}
