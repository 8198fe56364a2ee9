package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types: defaults, URL building and the limits checked before a send. */
class BotApiModelTest {
    private static final BotToken TOKEN = new BotToken("42:abc_DEF-ghi");

    @Test
    void theOfficialConfigUsesTelegramAndTheDefaultTimeouts() {
        BotApiConfig config = BotApiConfig.official(TOKEN);

        assertEquals(URI.create("https://api.telegram.org"), config.baseUrl());
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(30), config.requestTimeout());
        assertEquals(URI.create("https://api.telegram.org/bot42:abc_DEF-ghi/getUpdates"), config.methodUri("getUpdates"));
    }

    @Test
    void aBaseUrlMayHaveAPathPrefixAndATrailingSlash() {
        assertEquals(URI.create("http://127.0.0.1:8081/tg/bot42:abc_DEF-ghi/sendMessage"),
                BotApiConfig.at(URI.create("http://127.0.0.1:8081/tg/"), TOKEN).methodUri("sendMessage"));
    }

    @Test
    void rejectsABaseUrlThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> BotApiConfig.at(URI.create("ftp://example.org"), TOKEN));
        assertThrows(IllegalArgumentException.class, () -> BotApiConfig.at(URI.create("https://x.org/?a=b"), TOKEN));
        assertThrows(IllegalArgumentException.class,
                () -> new BotApiConfig(BotApiConfig.DEFAULT_BASE_URL, TOKEN, Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void pollingDefaults() {
        assertEquals(25, PollingConfig.DEFAULT.timeoutSeconds());
        assertEquals(Duration.ofSeconds(1), PollingConfig.DEFAULT.idlePollInterval());
        assertEquals(BackoffPolicy.DEFAULT, PollingConfig.DEFAULT.backoff());
        assertEquals(Duration.ofSeconds(5), PollingConfig.DEFAULT.stopTimeout());
        assertThrows(IllegalArgumentException.class, () -> PollingConfig.DEFAULT.withTimeoutSeconds(-1));
    }

    @Test
    void callbackDataMustFitTelegramsSixtyFourBytes() {
        InlineKeyboardButton.callback("ok", "x".repeat(64));
        // A Cyrillic letter is two bytes in UTF-8: 32 fit, 33 do not.
        InlineKeyboardButton.callback("ok", "я".repeat(32));

        assertThrows(IllegalArgumentException.class, () -> InlineKeyboardButton.callback("ok", "x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> InlineKeyboardButton.callback("ok", "я".repeat(33)));
        assertThrows(IllegalArgumentException.class, () -> InlineKeyboardButton.callback("ok", ""));
        assertThrows(IllegalArgumentException.class, () -> InlineKeyboardButton.callback(" ", "data"));
    }

    @Test
    void keyboardShapes() {
        InlineKeyboardButton a = InlineKeyboardButton.callback("A", "a");
        InlineKeyboardButton b = InlineKeyboardButton.callback("B", "b");

        assertEquals(List.of(List.of(a), List.of(b)), InlineKeyboardMarkup.column(List.of(a, b)).inlineKeyboard());
        assertEquals(List.of(a, b), InlineKeyboardMarkup.rows(List.of(a, b)).buttons());
        assertEquals(List.of(), new InlineKeyboardMarkup(null).inlineKeyboard());
    }

    @Test
    void aMessageNeedsText() {
        assertThrows(IllegalArgumentException.class, () -> TextMessage.to(1, "  "));
        assertThrows(IllegalArgumentException.class, () -> TextEdit.of(1, 2, ""));
    }
}
