package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.BotHarness.Chat;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Buying by GB, by month and with a custom plan, in English and Persian input; wrong inputs; /bought and
 * the paid button; and a restart of the bot in the middle of a purchase.
 */
class PurchaseConversationTest {
    private final BotHarness harness = BotHarness.started();
    private final Chat alice = harness.chat(100);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void buyingByGbInEnglishEndsInAPendingOrderForTheAdmin() {
        openPriceList(Language.EN);
        alice.press("buy:gb");
        assertTrue(alice.next().text().startsWith("📦 How many GB would you like to buy?"));

        alice.send("10 GB");
        RecordedCall summary = alice.next();
        assertTrue(summary.text().startsWith("🧾 You are buying <b>10 GB</b> for <b>40,000</b> Toman."), summary.text());
        assertEquals(List.of("order:paid"), summary.buttonData());

        alice.send("/bought REF-123");
        RecordedCall submitted = alice.next();
        assertTrue(submitted.text().startsWith("✅ Your order <code>REF-123</code> for 10 GB (40,000 Toman) was sent"),
                submitted.text());

        Transaction order = harness.core.order("REF-123").orElseThrow();
        assertEquals(Purchase.gb(10), order.purchase());
        assertEquals("Alice @alice", order.cardText().value());
        assertTrue(order.isPending());
        assertEquals(List.of("choose_plan", "await_quantity", "await_payment", "(end)"), harness.core.rememberedSteps());

        RecordedCall card = harness.admin().await("the order card", call -> call.buttonData().contains("approve:REF-123"));
        assertEquals(List.of("approve:REF-123", "reject:REF-123"), card.buttonData());
        assertTrue(card.text().contains("Order: <code>REF-123</code>\nUser: <code>100</code>\nAmount: 40,000 Toman\nPlan: 10 GB\n"
                + "Paid from: Alice @alice"), card.text());
    }

    @Test
    void buyingByMonthInPersianWithThePaidButton() {
        openPriceList(Language.FA);
        alice.press("buy:month");
        assertTrue(alice.next().text().startsWith("📅 چند ماه می‌خواهید؟"));

        alice.send("۳ ماه");
        RecordedCall summary = alice.next();
        assertTrue(summary.text().startsWith("🧾 شما <b>\u20683\u2069 ماه</b> را به مبلغ <b>\u2068225,000\u2069</b> تومان"),
                summary.text());
        alice.press("order:paid");
        assertTrue(alice.next().text().startsWith("🧾 شماره پیگیری"));

        // Copied from a Persian banking app, with a right-to-left mark around it.
        alice.send("\u200FBANK-777\u200F");
        assertTrue(alice.next().text().startsWith("✅ سفارش <code>BANK-777</code>"));
        assertEquals(Purchase.months(3), harness.core.order("BANK-777").orElseThrow().purchase());
        assertFalse(harness.core.conversation(100).isPresent());
    }

    @Test
    void aCustomPlanInEnglishAndInPersian() {
        openPriceList(Language.EN);
        alice.press("buy:custom");
        assertTrue(alice.next().text().startsWith("🧩 Send the months and GB"));
        alice.send("2 months and 50 GB");
        assertTrue(alice.next().text().startsWith("🧾 You are buying <b>2 month(s) + 50 GB</b> for <b>350,000</b> Toman."));

        alice.press("menu:buy");
        alice.next();
        alice.press("buy:custom");
        alice.next();
        alice.send("۵۰ گیگ و ۲ ماه");
        assertTrue(alice.next().text().contains("<b>350,000</b>"));
        alice.send("/bought PERSIAN-1");
        alice.next();
        assertEquals(Purchase.custom(2, 50), harness.core.order("PERSIAN-1").orElseThrow().purchase());
    }

    @Test
    void wrongQuantitiesAreExplainedAndTheQuestionStays() {
        openPriceList(Language.EN);
        alice.press("buy:gb");
        alice.next();

        alice.send("ten");
        assertEquals("⚠️ Please send a whole number, e.g. <code>10</code>.", alice.next().text());
        alice.send("10.5");
        assertTrue(alice.next().text().startsWith("⚠️ Only whole numbers are accepted"));
        alice.send("0");
        assertEquals("⚠️ The quantity must be at least 1.", alice.next().text());
        alice.send("3 months");
        assertTrue(alice.next().text().startsWith("⚠️ This plan is sold by GB"));
        alice.send("20000");
        assertEquals("⚠️ Plans are whole numbers: up to 10000 GB and up to 120 months.", alice.next().text());

        alice.send("۵");
        assertTrue(alice.next().text().startsWith("🧾 You are buying <b>5 GB</b> for <b>20,000</b> Toman."));
    }

    @Test
    void aCustomPlanThatCannotBeRead() {
        openPriceList(Language.FA);
        alice.press("buy:custom");
        alice.next();
        alice.send("خیلی زیاد");
        assertTrue(alice.next().text().startsWith("⚠️ متوجه نشدم."));
        alice.send("1.5 months");
        assertTrue(alice.next().text().startsWith("⚠️ متوجه نشدم."));
        alice.send("۱ ماه");
        assertTrue(alice.next().text().startsWith("🧾 شما"));
    }

    @Test
    void boughtNeedsAPurchaseAndAReferenceAndAReusedReferenceCanBeReplaced() {
        alice.send("/bought REF-1");
        assertTrue(alice.next().text().startsWith("There is no purchase waiting for payment."));

        openPriceList(Language.EN);
        alice.press("buy:gb");
        alice.next();
        alice.send("1");
        alice.next();
        alice.send("/bought");
        assertEquals("Please add the bank reference: <code>/bought ORDER_ID</code>", alice.next().text());
        alice.send("a text while the bot waits for the payment");
        assertTrue(alice.next().text().startsWith("After paying, send"));

        harness.core.placeOrder(Transaction.create(new OrderId("TAKEN"), new TelegramId(555), Purchase.gb(1),
                PriceList.parse("{\"1GB\": 1}"), new CardText("x"), BotHarness.START));
        alice.send("/bought TAKEN");
        assertTrue(alice.next().text().startsWith("⚠️ This order id was already used."));
        alice.send("/bought not valid!");
        assertTrue(alice.next().text().startsWith("⚠️ An order id is 1-64 letters"));
        alice.send("/bought FRESH-1");
        assertTrue(alice.next().text().startsWith("✅ Your order <code>FRESH-1</code>"));
    }

    @Test
    void aPlanWithoutAPriceEndsThePurchase() {
        harness.core.setPrices("{\"1GB\": 0, \"1Month\": 75000}");
        harness.core.setCardNumber("");
        alice.send("/menu");
        alice.next();
        alice.press("menu:buy");
        String options = alice.next().text();
        assertTrue(options.contains("this card: <i>no card number is set yet; please ask support</i>"), options);
        assertTrue(options.contains("• 1 GB: <i>not available</i>\n• 1 month: 75,000"), options);

        alice.press("buy:gb");
        alice.next();
        alice.send("5");
        assertEquals("⚠️ This plan has no price yet. Please contact support.", alice.next().text());
        assertFalse(harness.core.conversation(100).isPresent());
    }

    @Test
    void aBannedUserCannotBuy() {
        alice.send("/menu");
        alice.next();
        harness.core.user(100).orElseThrow().ban();
        alice.press("menu:buy");
        assertEquals("🚫 This account is banned. Please contact support.", alice.next().text());
    }

    @Test
    void aRestartInTheMiddleOfAPurchaseContinuesWhereItWas() {
        openPriceList(Language.FA);
        alice.press("buy:gb");
        alice.next();
        harness.restartBot();

        alice.send("۷");
        assertTrue(alice.next().text().startsWith("🧾 شما <b>\u20687\u2069 گیگابایت</b>"));
        alice.press("order:paid");
        alice.next();
        harness.restartBot();

        alice.send("AFTER-RESTART-9");
        assertTrue(alice.next().text().startsWith("✅ سفارش"));
        assertEquals(Purchase.gb(7), harness.core.order("AFTER-RESTART-9").orElseThrow().purchase());
    }

    @Test
    void aMenuButtonEndsAPurchase() {
        openPriceList(Language.EN);
        alice.press("buy:gb");
        alice.next();
        alice.press("menu:status");
        alice.next();
        alice.send("10");
        assertTrue(alice.next().text().startsWith("What would you like to do?"), "10 is no longer a quantity");
    }

    /** /start, the language, the buy button: the price list with the plans. */
    private void openPriceList(Language language) {
        alice.send("/start");
        alice.next();
        alice.press("lang:" + language.wireName());
        alice.next();
        alice.press("menu:buy");
        RecordedCall options = alice.next();
        assertEquals(List.of("buy:gb", "buy:month", "buy:custom"), options.buttonData());
        assertTrue(options.text().contains(FakeCore.CARD_NUMBER), options.text());
    }
}
