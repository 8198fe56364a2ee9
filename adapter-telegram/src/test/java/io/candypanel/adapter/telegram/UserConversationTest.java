package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.BotHarness.Chat;
import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every user does, in English and Persian: start, language, menu, status, license, support. */
class UserConversationTest {
    private final BotHarness harness = BotHarness.started();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void startRegistersAndOffersTheLanguages() {
        Chat alice = harness.chat(100);
        alice.send("/start");

        RecordedCall welcome = alice.next();
        assertEquals("sendMessage", welcome.method());
        assertTrue(welcome.text().startsWith("👋 Hello Alice!"), welcome.text());
        assertEquals("HTML", welcome.json().path("parse_mode").asText());
        assertEquals(List.of("lang:en", "lang:fa"), welcome.buttonData());
        assertEquals(List.of("English 🇬🇧", "فارسی 🇮🇷"), welcome.buttonLabels());
        assertTrue(harness.core.user(100).isPresent());
    }

    @Test
    void choosingPersianTurnsTheMessageIntoThePersianMenuAndIsStored() {
        Chat alice = harness.chat(100);
        alice.send("/start");
        RecordedCall welcome = alice.next();
        alice.press("lang:fa");

        RecordedCall menu = alice.next();
        assertEquals("editMessageText", menu.method());
        assertEquals(welcome.messageId(), menu.json().path("message_id").asLong());
        assertTrue(menu.text().startsWith("✅ زبان به فارسی تغییر کرد."), menu.text());
        assertEquals(List.of("menu:buy", "menu:license", "menu:status", "menu:support", "menu:language"), menu.buttonData());
        assertEquals("💰 خرید ترافیک", menu.buttonLabels().get(0));
        assertEquals(Language.FA, harness.core.user(100).orElseThrow().language());
        assertTrue(harness.api.calls("answerCallbackQuery").size() >= 1, "the button's spinner is stopped");

        // Any later text is answered in Persian, from the stored language.
        alice.send("hello");
        assertTrue(alice.next().text().startsWith("چه کاری می‌خواهید"));
    }

    @Test
    void theStoredLanguageSurvivesARestartOfTheBot() {
        Chat alice = harness.chat(100);
        alice.send("/start");
        alice.next();
        alice.press("lang:fa");
        alice.next();

        harness.restartBot();
        alice.send("/menu");
        RecordedCall menu = alice.next();
        assertTrue(menu.text().startsWith("چه کاری"), menu.text());
        assertEquals("💰 خرید ترافیک", menu.buttonLabels().get(0));
    }

    @Test
    void theLanguageButtonOffersTheChoiceAgainAndEnglishComesBack() {
        Chat alice = harness.chat(100);
        alice.send("/start");
        alice.next();
        alice.press("lang:fa");
        alice.next();
        alice.press("menu:language");
        assertEquals(List.of("lang:en", "lang:fa"), alice.next().buttonData());
        alice.press("lang:en");
        assertTrue(alice.next().text().startsWith("✅ Language set to English."));
        assertEquals(Language.EN, harness.core.user(100).orElseThrow().language());
    }

    @Test
    void commandsMatchExactlyNotByPrefix() {
        Chat alice = harness.chat(100);
        alice.send("/startx");
        RecordedCall unknown = alice.next();
        assertTrue(unknown.text().startsWith("🤔 I don't know that command."), unknown.text());
        assertTrue(unknown.buttonData().contains("menu:buy"));

        alice.send("/start@CandyPanelBot");
        assertTrue(alice.next().text().startsWith("👋 Hello Alice!"));
        alice.send("/start from-a-link");
        assertTrue(alice.next().text().startsWith("👋 Hello Alice!"));
        alice.send("/start-now");
        assertTrue(alice.next().text().startsWith("🤔"));
    }

    @Test
    void groupChatsAreIgnoredAndOtherMessagesNeedText() {
        harness.api.queueGroupMessage(-500, 100, "/start");
        harness.api.queueSticker(101);
        Chat bob = harness.chat(101);
        assertEquals("Please send text; I can't read photos, files or stickers.", bob.next().text());
        // Updates are handled in order: the group message came first and got nothing.
        assertEquals(List.of(), harness.chat(-500).outputs());
        assertFalse(harness.core.user(100).isPresent(), "a group message registers nobody");
    }

    @Test
    void aTextWithoutAConversationShowsTheMenu() {
        Chat alice = harness.chat(100);
        alice.send("what now?");
        RecordedCall menu = alice.next();
        assertEquals("What would you like to do? Choose an option below.", menu.text());
        assertEquals(5, menu.buttonData().size());
    }

    @Test
    void accountStatusInHumanUnits() {
        Chat alice = harness.chat(100);
        harness.core.giveClient(100, client("alice_phone", 10L << 30, 3L << 29, true, null));
        alice.send("/menu");
        alice.next();
        alice.press("menu:status");

        String status = alice.next().text();
        assertTrue(status.startsWith("📊 <b>Account status</b>\nAccount: ✅ active\nBought so far: 0 GB, 0 days"), status);
        assertTrue(status.contains("Client: <code>alice_phone</code>"), status);
        assertTrue(status.contains("Used: 1.5 GiB of 10 GiB\nRemaining: 8.5 GiB"), status);
        assertTrue(status.contains("Expires: 2025-04-01"), status);
        assertTrue(status.contains("Connection: ✅ enabled"), status);
    }

    @Test
    void aDisabledUnlimitedClientSaysWhyInPersian() {
        Chat alice = harness.chat(100);
        harness.core.giveClient(100, client("alice_phone", 0, 700L << 20, false, DisabledReason.EXPIRED));
        harness.core.user(100).orElseThrow().changeLanguage(Language.FA);
        alice.send("/menu");
        alice.next();
        alice.press("menu:status");

        String status = alice.next().text();
        assertTrue(status.contains("مصرف: \u2068700 MiB\u2069 از \u2068نامحدود\u2069"), status);
        assertTrue(status.contains("اتصال: ⛔ غیرفعال (مهلت پلن تمام شده است)"), status);
        assertFalse(status.contains("باقی‌مانده"), "no remainder for an unlimited quota");
    }

    @Test
    void statusWithoutAPurchase() {
        Chat alice = harness.chat(100);
        alice.send("/menu");
        alice.next();
        alice.press("menu:status");
        assertTrue(alice.next().text().endsWith("You have not bought anything yet."));
    }

    @Test
    void noLicenseYetIsAFriendlyAnswer() {
        Chat alice = harness.chat(100);
        alice.send("/menu");
        alice.next();
        alice.press("menu:license");
        RecordedCall answer = alice.next();
        assertTrue(answer.text().startsWith("🔑 You have no license yet."), answer.text());
    }

    @Test
    void theLicenseComesAsTextFileAndQrCode() {
        Chat alice = harness.chat(100);
        Client client = harness.core.giveClient(100, client("alice_phone", 10L << 30, 0, true, null));
        String config = FakeCore.configOf(client);
        alice.send("/menu");
        alice.next();
        alice.press("menu:license");

        RecordedCall text = alice.next();
        assertTrue(text.text().contains("<pre>" + Html.escape(config) + "</pre>"), text.text());
        RecordedCall file = alice.next();
        assertEquals("sendDocument", file.method());
        assertEquals("alice_phone.conf", file.part("document").fileName());
        assertArrayEquals(config.getBytes(StandardCharsets.UTF_8), file.part("document").content());
        RecordedCall photo = alice.next();
        assertEquals("sendPhoto", photo.method());
        assertEquals("image/png", photo.part("photo").contentType());
        assertEquals(config, QrImages.decode(photo.part("photo").content()));
    }

    @Test
    void supportGoesToTheAdminAndTheAdminsReplyComesBack() {
        Chat alice = harness.chat(100);
        Chat admin = harness.admin();
        alice.send("/menu");
        alice.next();
        alice.press("menu:support");
        assertTrue(alice.next().text().startsWith("📞 Type your message"));
        alice.send("My VPN is slow <since> today");
        assertEquals("✅ Your message has been sent to the admin. The answer will arrive here.", alice.next().text());

        RecordedCall request = admin.awaitText("Support request");
        assertTrue(request.text().contains("from user 100 (ID: <code>100</code>):\n\nMy VPN is slow &lt;since&gt; today"),
                request.text());
        assertTrue(request.text().endsWith("\n#id100"), request.text());

        harness.api.queueReply(BotHarness.ADMIN, "Try the other server", request.messageId(), Html.toPlainText(request.text()), true);
        assertEquals("💬 <b>Answer from support:</b>\n\nTry the other server", alice.next().text());
        assertEquals("✅ Your answer was sent to user 100.", admin.awaitText("Your answer").text());
    }

    @Test
    void supportInOneCommandAndAnAnswerToABlockedUser() {
        Chat alice = harness.chat(100);
        Chat admin = harness.admin();
        alice.send("/support please call me");
        alice.next();
        RecordedCall request = admin.awaitText("please call me");

        harness.api.scriptFor("sendMessage", 100, Reply.blockedByUser());
        harness.api.queueReply(BotHarness.ADMIN, "ok", request.messageId(), Html.toPlainText(request.text()), true);
        assertEquals("⚠️ User 100 has blocked the bot; the answer was not delivered.", admin.awaitText("blocked").text());
    }

    @Test
    void onlyTheAdminsRepliesAreForwarded() {
        Chat mallory = harness.chat(666);
        // A user replying to a tagged text (one they crafted, or the bot's) gets the menu, not a relay.
        harness.api.queueReply(666, "hi victim", 5, "anything\n#id100", true);
        assertTrue(mallory.next().text().startsWith("What would you like to do?"));
        assertEquals(List.of(), harness.chat(100).outputs());
    }

    @Test
    void theAdminsReplyToAUsersMessageIsNotARelay() {
        Chat admin = harness.admin();
        harness.api.queueReply(BotHarness.ADMIN, "hello", 5, "text\n#id100", false);
        assertTrue(admin.next().text().startsWith("What would you like to do?"));
        assertEquals(List.of(), harness.chat(100).outputs());
    }

    @Test
    void withoutAnAdminSupportSaysSo() {
        harness.core.clearAdmin();
        Chat alice = harness.chat(100);
        alice.send("/support hello?");
        assertEquals("⚠️ Support is not available right now: no admin is set up.", alice.next().text());
    }

    private Client client(String name, long quotaBytes, long usedBytes, boolean enabled, DisabledReason reason) {
        Client fresh = harness.core.newClient(name, BotHarness.START.plus(Duration.ofDays(31)), new Quota(quotaBytes));
        return Client.restore(fresh.name(), fresh.interfaceId(), fresh.keys(), fresh.presharedKey(), fresh.address(),
                fresh.createdAt(), fresh.expiresAt(), fresh.quota(), new Usage(usedBytes, 0), KernelCounters.ZERO, "",
                enabled, reason, null, null, false, null);
    }
}
