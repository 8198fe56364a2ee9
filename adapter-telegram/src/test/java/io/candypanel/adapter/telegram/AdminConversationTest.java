package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.candypanel.adapter.telegram.BotHarness.Chat;
import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's side: the status screen, deciding orders with buttons and typed commands (and the buyer
 * receiving the config as text, file and QR code), users, pending orders, and refusing everyone else.
 */
class AdminConversationTest {
    private static final PriceList PRICES = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");

    private final BotHarness harness = BotHarness.started();
    private final Chat admin = harness.admin();
    private final Chat buyer = harness.chat(100);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void someoneElseIsRefusedEverythingAdmin() {
        placeOrder("REF-1", 100);
        Chat mallory = harness.chat(666);
        for (String command : List.of("/adminlogin", "/approve REF-1", "/ban 100", "/broadcast hi", "/cp_trigger_sync",
                "/update_time 100 30")) {
            mallory.send(command);
            assertEquals("⛔ You are not authorized to use admin commands.", mallory.next().text(), command);
        }
        mallory.press("approve:REF-1");
        assertEquals("⛔ You are not authorized to use admin commands.", mallory.next().text());
        mallory.press("admin:users");
        assertEquals("⛔ You are not authorized to use admin commands.", mallory.next().text());

        assertTrue(harness.core.order("REF-1").orElseThrow().isPending());
        assertFalse(harness.core.user(100).orElseThrow().isBanned());
        verify(harness.core.sync, never()).sync();
    }

    @Test
    void adminLoginShowsALiveStatusBlockAndTheAdminMenu() {
        when(harness.core.panelOverview.overview()).thenReturn(overview());
        admin.send("/adminlogin");

        RecordedCall screen = admin.next();
        assertEquals("🛠 <b>You are logged in as admin.</b>\n\n<b>Server status</b>\nClients: 12 (enabled 10, connected 4)\n"
                + "CPU: 37.5%\nMemory: 25%\nTraffic since install: 1.5 GiB\nUptime: 1d 2h 3m\nInterfaces: 0\n"
                + "Last sync: 2025-03-01 09:59\nWireGuard: kernel", screen.text());
        assertEquals(List.of("admin:status", "admin:users", "admin:orders", "admin:broadcast", "admin:control"), screen.buttonData());

        admin.press("admin:control");
        assertTrue(admin.next().text().contains("/cp_new_client NAME EXPIRES TRAFFIC [WG_ID] [NOTE]"));
    }

    @Test
    void whenTheOverviewFailsTheMenuStillComes() {
        when(harness.core.panelOverview.overview()).thenThrow(new IllegalStateException("db down"));
        admin.send("/adminlogin");
        RecordedCall screen = admin.next();
        assertTrue(screen.text().endsWith("⚠️ The server status is not available right now."), screen.text());
        assertEquals(5, screen.buttonData().size());
    }

    @Test
    void approvingWithTheButtonSendsTheBuyerTextFileAndQrCode() {
        buyAndSubmit("REF-77");
        RecordedCall card = admin.await("the order card", call -> call.buttonData().contains("approve:REF-77"));
        admin.press("approve:REF-77");

        RecordedCall decided = admin.awaitMethod("editMessageText");
        assertEquals(card.messageId(), decided.json().path("message_id").asLong());
        assertTrue(decided.text().endsWith("✅ <b>Approved</b>"), decided.text());
        assertEquals(List.of(), decided.buttonData());
        RecordedCall outcome = admin.awaitText("approved");
        assertTrue(outcome.text().startsWith("✅ Order <code>REF-77</code> approved. New client <code>tguser_100</code>: 10 GB, "
                + "valid until 2026-03-01, traffic 10 GiB."), outcome.text());

        Client client = harness.core.client("tguser_100").orElseThrow();
        String config = FakeCore.configOf(client);
        RecordedCall text = buyer.awaitText("Your purchase has been approved");
        assertTrue(text.text().contains("Client: <code>tguser_100</code>\nBought: 10 GB\nValid until: 2026-03-01\nTraffic: 10 GiB"),
                text.text());
        assertTrue(text.text().contains("<pre>" + Html.escape(config) + "</pre>"), text.text());
        RecordedCall file = buyer.next();
        assertEquals("sendDocument", file.method());
        assertEquals("tguser_100.conf", file.part("document").fileName());
        assertArrayEquals(config.getBytes(StandardCharsets.UTF_8), file.part("document").content());
        RecordedCall photo = buyer.next();
        assertEquals("sendPhoto", photo.method());
        assertEquals(config, QrImages.decode(photo.part("photo").content()));
        assertEquals(TransactionStatus.APPROVED, harness.core.order("REF-77").orElseThrow().status());
    }

    @Test
    void aPersianBuyerIsToldInPersianAndFailedUploadsDoNotStopTheRest() {
        buyer.send("/start");
        buyer.next();
        buyer.press("lang:fa");
        buyer.next();
        placeOrder("REF-FA", 100);
        harness.api.script("sendDocument", Reply.serverError());
        harness.api.script("sendPhoto", Reply.serverError());
        harness.api.scriptFor("sendMessage", 100, Reply.serverError());

        admin.send("/approve REF-FA");
        admin.awaitText("approved");
        // The text failed, the file failed, and the photo was still tried (and failed).
        buyer.awaitMethod("sendMessage");
        buyer.awaitMethod("sendDocument");
        buyer.awaitMethod("sendPhoto");

        placeOrder("REF-FA2", 100);
        admin.send("/approve REF-FA2 با تشکر");
        RecordedCall text = buyer.awaitText("خرید شما تأیید شد");
        assertTrue(text.text().contains("یادداشت مدیر: \u2068با تشکر\u2069"), text.text());
        buyer.awaitMethod("sendDocument");
        buyer.awaitMethod("sendPhoto");
    }

    @Test
    void rejectingWithTheButtonAndWithACommandAndNote() {
        placeOrder("REF-2", 100);
        placeOrder("REF-3", 100);
        admin.send("/adminlogin");
        admin.next();
        admin.press("admin:orders");
        assertTrue(admin.next().text().startsWith("💲 <b>Pending orders</b>: 2 waiting; the newest 2 follow."));
        RecordedCall newest = admin.next();
        assertTrue(newest.text().contains("<code>REF-3</code>"), newest.text());
        assertEquals(List.of("approve:REF-3", "reject:REF-3"), newest.buttonData());
        admin.next();

        admin.press("reject:REF-3");
        assertTrue(admin.awaitMethod("editMessageText").text().endsWith("❌ <b>Rejected</b>"));
        assertEquals("❌ Order <code>REF-3</code> rejected. The buyer has been told.", admin.awaitText("rejected").text());
        assertEquals("😔 Your purchase request (order <code>REF-3</code>) has been rejected.\nAdmin note: none",
                buyer.awaitText("REF-3").text());

        admin.send("/reject REF-2 the amount was wrong");
        admin.awaitText("REF-2");
        assertEquals("😔 Your purchase request (order <code>REF-2</code>) has been rejected.\nAdmin note: the amount was wrong",
                buyer.awaitText("REF-2").text());

        admin.send("/approve REF-2");
        assertEquals("⚠️ This order was already decided.", admin.awaitText("already").text());
        admin.send("/approve NOPE");
        assertEquals("⚠️ There is no such order.", admin.awaitText("no such").text());
        admin.send("/reject");
        assertEquals("Usage: <code>/reject ORDER_ID [note]</code>", admin.awaitText("Usage").text());
        admin.press("admin:orders");
        assertEquals("✅ No orders are waiting for approval.", admin.awaitText("No orders").text());
    }

    @Test
    void anOrderIdTooLongForAButtonGetsTypedCommands() {
        String longId = "A".repeat(60);
        placeOrder(longId, 100);
        harness.bot().orderPlaced(harness.core.order(longId).orElseThrow());
        RecordedCall card = admin.awaitText("New payment request");
        assertTrue(card.text().contains("Order: <code>" + longId + "</code>"), card.text());
        assertEquals(List.of(), card.buttonData());
        assertTrue(card.text().contains("<code>/approve " + longId + "</code>"), card.text());
    }

    @Test
    void managingUsersWithButtonsAndCommands() {
        harness.core.giveClient(100, harness.core.newClient("tguser_100", BotHarness.START.plus(Duration.ofDays(10)),
                new Quota(5L << 30)));
        for (long id = 101; id <= 110; id++) {
            harness.core.useCases().registerBotUser().register(new RegisterBotUserCommand(new TelegramId(id)));
        }
        admin.send("/adminlogin");
        admin.next();
        admin.press("admin:users");
        RecordedCall page = admin.next();
        assertTrue(page.text().startsWith("👥 <b>Users</b>: 12 (page 1 of 2)"), page.text());
        assertTrue(page.text().contains("<code>100</code> · tguser_100 · active · 0 GB · 0 days"), page.text());
        assertTrue(page.buttonData().containsAll(List.of("user:100", "users:1", "admin:status")), page.buttonData().toString());

        admin.press("users:1");
        assertTrue(admin.next().text().startsWith("👥 <b>Users</b>: 12 (page 2 of 2)"));
        admin.press("user:100");
        RecordedCall card = admin.next();
        assertTrue(card.text().startsWith("👤 <b>User</b> <code>100</code>\nClient: tguser_100\nStatus: active"), card.text());
        assertEquals(List.of("ban:100", "traffic:100", "time:100", "users:0"), card.buttonData());

        admin.press("ban:100");
        RecordedCall banned = admin.next();
        assertTrue(banned.text().startsWith("🚫 User 100 is banned."), banned.text());
        assertEquals("unban:100", banned.buttonData().get(0));
        assertTrue(harness.core.user(100).orElseThrow().isBanned());

        admin.send("/unban 100");
        assertTrue(admin.next().text().startsWith("✅ User 100 is unbanned."));
        assertFalse(harness.core.user(100).orElseThrow().isBanned());

        admin.press("traffic:100");
        assertTrue(admin.next().text().startsWith("📶 How many GB should user 100 have?"));
        admin.send("lots");
        assertTrue(admin.next().text().startsWith("⚠️ Send the traffic as a number of GB"));
        admin.send("۲٫۵");
        assertTrue(admin.next().text().startsWith("📶 User 100 now has 2.5 GB."));
        assertEquals(new Quota(5L << 29), harness.core.client("tguser_100").orElseThrow().quota());

        admin.press("time:100");
        admin.next();
        admin.send("30");
        assertTrue(admin.next().text().startsWith("⏳ User 100 now has 30 days from today."));
        assertEquals(BotHarness.START.plus(Duration.ofDays(30)), harness.core.client("tguser_100").orElseThrow().expiresAt());

        admin.send("/update_traffic 100 50");
        assertTrue(admin.next().text().startsWith("📶 User 100 now has 50 GB."));
        admin.send("/update_time 100 0");
        assertEquals("⚠️ The time must be from 1 to 36500 days.", admin.next().text());
        admin.send("/ban");
        assertEquals("Usage: <code>/ban USER_ID</code>", admin.next().text());
        admin.send("/ban 4040");
        assertEquals("⚠️ There is no such bot user.", admin.next().text());
    }

    @Test
    void theAdminMenuSpeaksTheAdminsLanguage() {
        admin.send("/start");
        admin.next();
        admin.press("lang:fa");
        admin.next();
        when(harness.core.panelOverview.overview()).thenReturn(overview());
        admin.send("/adminlogin");
        RecordedCall screen = admin.next();
        assertTrue(screen.text().startsWith("🛠 <b>شما به‌عنوان مدیر وارد شده‌اید.</b>"), screen.text());
        assertEquals("👥 مدیریت کاربران", screen.buttonLabels().get(1));
        assertEquals(Language.FA, harness.core.user(BotHarness.ADMIN).orElseThrow().language());
    }

    private void buyAndSubmit(String reference) {
        buyer.send("/start");
        buyer.next();
        buyer.press("lang:en");
        buyer.next();
        buyer.press("menu:buy");
        buyer.next();
        buyer.press("buy:gb");
        buyer.next();
        buyer.send("10");
        buyer.next();
        buyer.send("/bought " + reference);
        buyer.next();
    }

    private void placeOrder(String reference, long buyerId) {
        harness.core.placeOrder(Transaction.create(new OrderId(reference), new TelegramId(buyerId), Purchase.gb(10), PRICES,
                new CardText("Alice"), BotHarness.START));
    }

    private static PanelOverview overview() {
        SyncReport lastSync = new SyncReport(BotHarness.START.minusSeconds(60), 12, 3, 2, 1024, List.of(), 0, List.of(), List.of());
        Dashboard dashboard = new Dashboard(37.5, 8L << 30, 6L << 30, 93_780, 12, 10, 4, "1", List.of(), 3L << 29, "kernel",
                "WireGuard runs in the kernel", 0, 0, Optional.of(lastSync));
        return new PanelOverview(dashboard, List.of(), List.of(), Map.of());
    }
}
