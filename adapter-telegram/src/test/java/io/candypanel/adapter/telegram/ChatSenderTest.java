package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.botapi.FakeBotApi;
import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import io.candypanel.adapter.telegram.botapi.InlineKeyboardButton;
import io.candypanel.adapter.telegram.botapi.InlineKeyboardMarkup;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.adapter.telegram.botapi.TelegramBotApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Telegram's limits: 4096 characters per message, HTML that must not be cut, 429 waits. */
class ChatSenderTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final TestSleeper sleeper = new TestSleeper(new MutableClock(Instant.EPOCH));
    private final ChatSender sender = new ChatSender(new TelegramBotApi(api.config()), sleeper);

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void aShortTextGoesOutAsHtmlInOneMessage() {
        sender.send(42, "<b>hi</b>", InlineKeyboardMarkup.row(InlineKeyboardButton.callback("ok", "menu:buy")));
        RecordedCall call = api.calls("sendMessage").get(0);
        assertEquals("<b>hi</b>", call.text());
        assertEquals("HTML", call.json().path("parse_mode").asText());
        assertEquals(List.of("menu:buy"), call.buttonData());
    }

    @Test
    void aTooLongTextIsCutAtLineBreaksAsPlainTextWithTheKeyboardLast() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            html.append("<b>line ").append(i).append("</b> &amp; some more words\n");
        }
        sender.send(42, html.toString(), InlineKeyboardMarkup.row(InlineKeyboardButton.callback("ok", "menu:buy")));

        List<RecordedCall> parts = api.calls("sendMessage");
        // About 8,000 characters of plain text: two messages.
        assertEquals(2, parts.size());
        List<String> texts = new ArrayList<>();
        for (RecordedCall part : parts) {
            assertTrue(part.text().length() <= ChatSender.MAX_TEXT_LENGTH);
            assertFalse(part.json().has("parse_mode"), "a cut text is plain");
            assertTrue(part.text().endsWith("words"), "cut at a line break");
            texts.add(part.text());
        }
        assertEquals(Html.toPlainText(html.toString()).strip(), String.join("\n", texts));
        assertEquals(List.of(), parts.get(0).buttonData());
        assertEquals(List.of("menu:buy"), parts.get(1).buttonData());
    }

    @Test
    void aLineWithoutBreaksIsCutHardButNotInsideAnEmoji() {
        String text = "a".repeat(4095) + "😀" + "b".repeat(10);
        List<String> parts = ChatSender.plainParts(text);
        assertEquals(List.of("a".repeat(4095), "😀" + "b".repeat(10)), parts);
    }

    @Test
    void a429IsWaitedOutAndRetried() {
        api.script("sendMessage", Reply.rateLimited(11));
        sender.send(42, "hello");
        assertEquals(2, api.calls("sendMessage").size());
        assertEquals(List.of(Duration.ofSeconds(11)), sleeper.sleeps());
    }

    @Test
    void aRefusedEditBecomesANewMessageButNotModifiedIsFine() {
        api.script("editMessageText", Reply.raw(400, Map.of("Content-Type", "application/json"),
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}"));
        sender.edit(42, 7, "new text", Optional.empty());
        assertEquals("new text", api.awaitCalls("sendMessage", 1).get(0).text());

        api.script("editMessageText", Reply.raw(400, Map.of("Content-Type", "application/json"),
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is not modified\"}"));
        sender.edit(42, 7, "same text", Optional.empty());
        assertEquals(1, api.calls("sendMessage").size());
    }
}
