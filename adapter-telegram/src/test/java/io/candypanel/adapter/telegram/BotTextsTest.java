package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.botuser.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Persian bundles: complete, consistent, well-formed HTML, read as UTF-8; the placeholders' escaping. */
class BotTextsTest {
    private static final Pattern TAG = Pattern.compile("</?([a-z]+)[^>]*>");
    private static final Set<String> TELEGRAM_TAGS = Set.of("b", "i", "u", "s", "code", "pre", "a");

    private final BotTexts texts = new BotTexts();

    @Test
    void everyKeyExistsInBothLanguagesWithTheSamePlaceholders() {
        Properties english = BotTexts.load(Language.EN);
        Properties persian = BotTexts.load(Language.FA);
        Set<String> missingInPersian = new TreeSet<>(english.stringPropertyNames());
        missingInPersian.removeAll(persian.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(persian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missingInPersian, "keys missing in messages_fa.properties");
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");

        List<String> differing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!BotTexts.placeholders(english.getProperty(key)).equals(BotTexts.placeholders(persian.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertEquals(List.of(), differing, "placeholders differ between en and fa");
        assertTrue(english.size() > 150, "the bundles look truncated: " + english.size());
    }

    @Test
    void placeholdersAreNumberedWithoutGaps() {
        for (Language language : Language.values()) {
            Properties bundle = BotTexts.load(language);
            for (String key : bundle.stringPropertyNames()) {
                Set<Integer> used = BotTexts.placeholders(bundle.getProperty(key));
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < used.size(); i++) {
                    expected.add(i);
                }
                assertEquals(expected, used, () -> language + " " + key);
            }
        }
    }

    @Test
    void everyTextIsNonBlankAndItsTagsAreTelegramHtmlAndBalanced() {
        for (Language language : Language.values()) {
            Properties bundle = BotTexts.load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertFalse(text.isBlank(), () -> language + " " + key + " is blank");
                assertBalanced(language + " " + key, text);
                if (key.startsWith("button.") || key.startsWith("language.name_")) {
                    // Button labels are plain text: Telegram shows markup in them literally.
                    assertFalse(text.contains("<") || text.contains("&"), () -> key + " has markup");
                }
            }
        }
    }

    @Test
    void persianIsReadAsUtf8() {
        assertEquals("✅ زبان به فارسی تغییر کرد.", texts.get(Language.FA, "language.changed"));
        assertEquals("👋", texts.get(Language.EN, "start.welcome", "x").substring(0, 2));
    }

    @Test
    void argumentsAreEscapedAndPersianArgumentsIsolated() {
        assertEquals("User <code>1 &lt;b&gt; &amp; 2</code>", "User " + texts.get(Language.EN, "buy.card", "1 <b> & 2"));
        assertEquals("\u2068" + "42\u2069 گیگابایت", texts.get(Language.FA, "unit.gb", 42));
        // Not inside <code>: Telegram shows it left to right, and an isolate would be copied with the id.
        assertEquals("<code>42</code>", texts.get(Language.FA, "buy.card", 42));
        // Markup goes in as is, and is not isolated: it is ours and may be a whole block.
        assertEquals("<code><i>x</i></code>", texts.get(Language.FA, "buy.card", new BotTexts.Markup("<i>x</i>")));
    }

    @Test
    void aMissingKeyOrArgumentIsABug() {
        assertThrows(IllegalStateException.class, () -> texts.get(Language.EN, "no.such.key"));
        assertThrows(IllegalStateException.class, () -> texts.get(Language.EN, "buy.card"));
    }

    @Test
    void dollarSignsAndBackslashesInArgumentsStayLiteral() {
        assertEquals("<code>$1 \\d</code>", texts.get(Language.EN, "buy.card", "$1 \\d"));
    }

    private static void assertBalanced(String where, String text) {
        Matcher matcher = TAG.matcher(text);
        List<String> open = new ArrayList<>();
        while (matcher.find()) {
            String tag = matcher.group(1);
            assertTrue(TELEGRAM_TAGS.contains(tag), () -> where + ": <" + tag + "> is not Telegram HTML");
            if (matcher.group().startsWith("</")) {
                assertFalse(open.isEmpty(), () -> where + ": </" + tag + "> without an opening tag");
                assertEquals(tag, open.remove(open.size() - 1), where + ": tags cross");
            } else {
                open.add(tag);
            }
        }
        assertEquals(List.of(), open, where + ": tags left open");
    }
}
