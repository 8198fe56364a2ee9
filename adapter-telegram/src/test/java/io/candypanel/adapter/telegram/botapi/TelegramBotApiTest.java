package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import io.candypanel.adapter.telegram.botapi.RecordedCall.FormPart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramBotApiTest {
    private static final long CHAT = 4242L;

    private final FakeBotApi fake = FakeBotApi.start();
    private final TelegramBotApi api = new TelegramBotApi(fake.config());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void getUpdatesReadsMessagesAndCallbackQueriesAndAsksOnlyForThose() {
        long messageUpdate = fake.queueUserMessage(CHAT, "/start");
        long callbackUpdate = fake.queueCallback(CHAT, 77, "cfg:1");

        List<Update> updates = api.getUpdates(0, 0);

        assertEquals(2, updates.size());
        Update first = updates.get(0);
        assertEquals(messageUpdate, first.updateId());
        assertEquals("/start", first.message().text());
        assertEquals(CHAT, first.message().chat().id());
        assertEquals("private", first.message().chat().type());
        assertEquals(CHAT, first.message().from().id());
        assertFalse(first.message().from().isBot());
        assertEquals("alice", first.message().from().username());
        assertEquals("en", first.message().from().languageCode());
        assertNull(first.callbackQuery());
        Update second = updates.get(1);
        assertEquals(callbackUpdate, second.updateId());
        assertNull(second.message());
        assertEquals("cfg:1", second.callbackQuery().data());
        assertEquals(77, second.callbackQuery().message().messageId());
        assertEquals("cbq-" + callbackUpdate, second.callbackQuery().id());

        RecordedCall call = fake.calls("getUpdates").get(0);
        assertEquals("POST", call.httpMethod());
        assertEquals("application/json", call.contentType());
        assertEquals(0, call.json().get("offset").asLong());
        assertEquals(0, call.json().get("timeout").asInt());
        assertEquals("[\"message\",\"callback_query\"]", call.json().get("allowed_updates").toString());
    }

    @Test
    void getUpdatesWaitsForAnUpdateDuringTheLongPoll() throws Exception {
        CompletableFuture<List<Update>> poll = CompletableFuture.supplyAsync(() -> api.getUpdates(0, 20));
        fake.awaitCalls("getUpdates", 1);
        assertFalse(poll.isDone(), "the long poll answered before any update was queued");

        long id = fake.queueUserMessage(CHAT, "hello");

        List<Update> updates = poll.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(id), updates.stream().map(Update::updateId).toList());
    }

    @Test
    void getUpdatesWithAnOffsetConfirmsTheEarlierUpdates() {
        fake.queueUserMessage(CHAT, "one");
        long second = fake.queueUserMessage(CHAT, "two");

        List<Update> updates = api.getUpdates(second, 0);

        assertEquals(List.of(second), updates.stream().map(Update::updateId).toList());
        assertEquals(List.of(second), fake.pendingUpdateIds());
    }

    @Test
    void sendMessageSendsOnlyChatAndTextByDefaultAndReturnsTheMessageId() {
        Message sent = api.sendMessage(CHAT, "Hello <b>there</b>");

        JsonNode params = fake.calls("sendMessage").get(0).json();
        assertEquals("{\"chat_id\":4242,\"text\":\"Hello <b>there</b>\"}", params.toString());
        assertTrue(sent.messageId() > 0);
        assertEquals(CHAT, sent.chat().id());
        assertEquals("Hello <b>there</b>", sent.text());
        assertTrue(sent.from().isBot());
    }

    @Test
    void sendMessageSendsKeyboardParseModeAndReply() {
        InlineKeyboardMarkup keyboard = InlineKeyboardMarkup.rows(
                List.of(InlineKeyboardButton.callback("Get config", "cfg:1"), InlineKeyboardButton.callback("Help", "help")),
                List.of(InlineKeyboardButton.link("Website", "https://example.org")));

        Message sent = api.sendMessage(TextMessage.to(CHAT, "<b>Pick one</b>")
                .withKeyboard(keyboard).withParseMode(ParseMode.HTML).replyingTo(5));

        JsonNode params = fake.calls("sendMessage").get(0).json();
        assertEquals("HTML", params.get("parse_mode").asText());
        assertEquals(5, params.get("reply_to_message_id").asLong());
        assertEquals("{\"inline_keyboard\":[[{\"text\":\"Get config\",\"callback_data\":\"cfg:1\"},"
                + "{\"text\":\"Help\",\"callback_data\":\"help\"}],[{\"text\":\"Website\",\"url\":\"https://example.org\"}]]}",
                params.get("reply_markup").toString());
        assertEquals(keyboard, sent.replyMarkup());
    }

    @Test
    void editMessageTextSendsTheMessageAndTheNewKeyboard() {
        api.editMessageText(TextEdit.of(CHAT, 77, "Done").withParseMode(ParseMode.MARKDOWN_V2)
                .withKeyboard(InlineKeyboardMarkup.column(List.of(InlineKeyboardButton.callback("Back", "menu")))));

        JsonNode params = fake.calls("editMessageText").get(0).json();
        assertEquals(CHAT, params.get("chat_id").asLong());
        assertEquals(77, params.get("message_id").asLong());
        assertEquals("Done", params.get("text").asText());
        assertEquals("MarkdownV2", params.get("parse_mode").asText());
        assertEquals("menu", params.at("/reply_markup/inline_keyboard/0/0/callback_data").asText());
    }

    @Test
    void answerCallbackQueryWithAndWithoutANotification() {
        api.answerCallbackQuery("cbq-1");
        api.answerCallbackQuery("cbq-2", "Config sent", true);

        List<RecordedCall> calls = fake.calls("answerCallbackQuery");
        assertEquals("{\"callback_query_id\":\"cbq-1\"}", calls.get(0).json().toString());
        assertEquals("{\"callback_query_id\":\"cbq-2\",\"text\":\"Config sent\",\"show_alert\":true}",
                calls.get(1).json().toString());
    }

    @Test
    void sendDocumentUploadsTheFileByteForByteWithNameAndCaption() {
        byte[] config = "[Interface]\r\nPrivateKey = abc=\r\n\r\n[Peer]\nAllowedIPs = 0.0.0.0/0\n".getBytes();

        Message sent = api.sendDocument(CHAT, "alice.conf", config, "Your WireGuard config ✓");

        RecordedCall call = fake.calls("sendDocument").get(0);
        assertTrue(call.contentType().startsWith("multipart/form-data; boundary="), call.contentType());
        assertEquals(List.of("chat_id", "document", "caption"), List.copyOf(call.parts().keySet()));
        assertEquals("4242", call.part("chat_id").text());
        FormPart document = call.part("document");
        assertEquals("alice.conf", document.fileName());
        assertEquals("application/octet-stream", document.contentType());
        assertArrayEquals(config, document.content());
        assertEquals("Your WireGuard config ✓", call.part("caption").text());
        assertEquals("Your WireGuard config ✓", sent.caption());
        assertTrue(sent.messageId() > 0);
    }

    @Test
    void sendPhotoUploadsBinaryPngBytesUnchanged() {
        byte[] png = binaryPng();

        Message sent = api.sendPhoto(CHAT, "qr.png", png);

        RecordedCall call = fake.calls("sendPhoto").get(0);
        assertEquals(List.of("chat_id", "photo"), List.copyOf(call.parts().keySet()), "no caption part without a caption");
        FormPart photo = call.part("photo");
        assertEquals("qr.png", photo.fileName());
        assertEquals("image/png", photo.contentType());
        assertArrayEquals(png, photo.content());
        assertNull(sent.caption());
    }

    @Test
    void sendPhotoWithCaption() {
        api.sendPhoto(CHAT, "qr.png", binaryPng(), "Scan me");

        assertEquals("Scan me", fake.calls("sendPhoto").get(0).part("caption").text());
    }

    @Test
    void aFileNameWithQuotesAndLineBreaksCannotBreakTheHeader() {
        String fileName = "evil\"; name=\"chat_id\r\nX-Injected: 1.conf";

        api.sendDocument(CHAT, fileName, new byte[] {1, 2, 3});

        RecordedCall call = fake.calls("sendDocument").get(0);
        assertEquals(fileName, call.part("document").fileName());
        assertEquals("4242", call.part("chat_id").text());
    }

    @Test
    void status429CarriesRetryAfter() {
        fake.script("sendMessage", Reply.rateLimited(7));

        TelegramRateLimitedException e = assertThrows(TelegramRateLimitedException.class,
                () -> api.sendMessage(CHAT, "hi"));

        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertEquals("sendMessage", e.method());
        assertTrue(e.getMessage().contains("Too Many Requests"), e.getMessage());
    }

    @Test
    void status429WithoutParametersFallsBackToTheRetryAfterHeader() {
        fake.script("sendMessage", Reply.raw(429, Map.of("Retry-After", "12"), "slow down"));

        TelegramRateLimitedException e = assertThrows(TelegramRateLimitedException.class,
                () -> api.sendMessage(CHAT, "hi"));

        assertEquals(Duration.ofSeconds(12), e.retryAfter());
    }

    @Test
    void status403IsPermanentAndSaysTheUserBlockedTheBot() {
        fake.script("sendMessage", Reply.blockedByUser());

        TelegramRequestRejectedException e = assertThrows(TelegramRequestRejectedException.class,
                () -> api.sendMessage(CHAT, "hi"));

        assertEquals(403, e.errorCode());
        assertTrue(e.isForbidden());
        assertEquals("Forbidden: bot was blocked by the user", e.description());
    }

    @Test
    void telegram400IsPermanent() {
        fake.script("editMessageText", Reply.raw(400, Map.of("Content-Type", "application/json"),
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is not modified\"}"));

        TelegramRequestRejectedException e = assertThrows(TelegramRequestRejectedException.class,
                () -> api.editMessageText(TextEdit.of(CHAT, 1, "same")));

        assertEquals(400, e.errorCode());
        assertFalse(e.isForbidden());
    }

    @Test
    void status500IsTransient() {
        fake.script("sendMessage", Reply.serverError());

        TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class,
                () -> api.sendMessage(CHAT, "hi"));

        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void aProxyErrorPageIsTransient() {
        fake.script("getUpdates", Reply.raw(502, Map.of("Content-Type", "text/html"),
                "<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>"));

        TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class, () -> api.getUpdates(0, 0));

        assertTrue(e.getMessage().contains("HTTP 502 without a Bot API answer: <html><body> <h1>502 Bad Gateway</h1>"),
                e.getMessage());
    }

    @Test
    void aSuccessStatusWithoutABotApiAnswerIsTransient() {
        fake.script("sendMessage", Reply.raw(200, Map.of("Content-Type", "text/html"), "<html>captive portal</html>"));

        assertThrows(TelegramUnavailableException.class, () -> api.sendMessage(CHAT, "hi"));
    }

    @Test
    void aDroppedConnectionIsTransient() {
        fake.script("sendMessage", Reply.dropConnection());

        TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class,
                () -> api.sendMessage(CHAT, "hi"));

        assertTrue(e.getMessage().startsWith("sendMessage could not reach the Bot API: "), e.getMessage());
    }

    @Test
    void aWrongTokenIsPermanent() {
        TelegramBotApi wrongToken = new TelegramBotApi(BotApiConfig.at(fake.baseUrl(), new BotToken("1:wrong")));

        TelegramRequestRejectedException e = assertThrows(TelegramRequestRejectedException.class,
                () -> wrongToken.getUpdates(0, 0));

        assertEquals(401, e.errorCode());
    }

    @Test
    void anInterruptedCallGivesUpAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class, () -> api.getUpdates(0, 20));
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    /** A PNG signature and chunks full of the bytes a text-minded encoder would damage. */
    static byte[] binaryPng() {
        byte[] png = new byte[4096];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < png.length; i++) {
            png[i] = (byte) (i * 31 + (i >> 8));
        }
        byte[] tricky = {0x00, 0x00, '\r', '\n', '-', '-', '\r', '\n', '\r', '\n', (byte) 0xFF, 0x00, '\n', '\r'};
        System.arraycopy(tricky, 0, png, 100, tricky.length);
        System.arraycopy(tricky, 0, png, png.length - tricky.length, tricky.length);
        return png;
    }
}
