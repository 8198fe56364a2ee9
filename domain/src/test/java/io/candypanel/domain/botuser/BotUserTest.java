package io.candypanel.domain.botuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BotUserTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final TelegramId ID = new TelegramId(123456789L);

    @Test
    void aNewUserIsActiveEnglishAndHasBoughtNothing() {
        BotUser user = BotUser.create(ID, NOW);
        assertEquals(ID, user.telegramId());
        assertEquals(BotUserStatus.ACTIVE, user.status());
        assertEquals(Language.EN, user.language());
        assertEquals(Optional.empty(), user.clientName());
        assertEquals(0, user.trafficBoughtMib());
        assertEquals(0, user.daysBought());
        assertEquals(NOW, user.createdAt());
        assertTrue(user.canOrder());
        user.requireCanOrder();
    }

    @Test
    void aBannedUserCannotOrderUntilUnbanned() {
        BotUser user = BotUser.create(ID, NOW);
        user.ban();
        assertTrue(user.isBanned());
        assertFalse(user.canOrder());
        RuleViolationException e = assertThrows(RuleViolationException.class, user::requireCanOrder);
        assertEquals("USER_BANNED", e.code());
        user.ban();
        assertTrue(user.isBanned(), "ban is idempotent");
        user.unban();
        assertEquals(BotUserStatus.ACTIVE, user.status());
        user.requireCanOrder();
    }

    @Test
    void aPurchaseIsNeverRecordedForABannedUserAndNeverUnbansThem() {
        BotUser user = BotUser.create(ID, NOW);
        user.ban();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> user.recordPurchase(Purchase.gb(5)));
        assertEquals("USER_BANNED", e.code());
        assertTrue(user.isBanned());
        assertEquals(0, user.trafficBoughtMib());
    }

    @Test
    void purchasesAddToTheCountersLikeTheOriginal() {
        BotUser user = BotUser.create(ID, NOW);
        user.recordPurchase(Purchase.gb(10));
        assertEquals(10 * 1024, user.trafficBoughtMib());
        assertEquals(0, user.daysBought(), "the new client's 365 courtesy days are not bought");
        user.recordPurchase(Purchase.months(2));
        assertEquals(60, user.daysBought());
        user.recordPurchase(Purchase.custom(1, 5));
        assertEquals(15 * 1024, user.trafficBoughtMib());
        assertEquals(90, user.daysBought());
        assertEquals(new BigDecimal("15"), user.trafficBoughtGb());
    }

    @Test
    void fractionalGbFromStorageIsExact() {
        BotUser user = BotUser.restore(ID, Optional.of(new ClientName("tguser_1")), 1536, 30, BotUserStatus.BANNED,
                Language.FA, NOW);
        assertEquals(new BigDecimal("1.5"), user.trafficBoughtGb());
        assertEquals(Optional.of(new ClientName("tguser_1")), user.clientName());
        assertTrue(user.isBanned());
        assertEquals(Language.FA, user.language());
        assertThrows(InvalidValueException.class,
                () -> BotUser.restore(ID, Optional.empty(), -1, 0, BotUserStatus.ACTIVE, Language.EN, NOW));
    }

    @Test
    void linkClientAndChangeLanguage() {
        BotUser user = BotUser.create(ID, NOW);
        user.linkClient(new ClientName("tguser_123456789"));
        assertEquals("tguser_123456789", user.clientName().orElseThrow().value());
        user.changeLanguage(Language.FA);
        assertEquals(Language.FA, user.language());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void telegramIdsArePositive(long value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new TelegramId(value));
        assertEquals("INVALID_TELEGRAM_ID", e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 12", "12 ", "-5", "+5", "0", "12a", "99999999999999999999", "1\n"})
    void telegramIdTextMustBeDigits(String text) {
        assertThrows(InvalidValueException.class, () -> TelegramId.parse(text));
    }

    @Test
    void telegramIdParses() {
        assertEquals(new TelegramId(987654321L), TelegramId.parse("987654321"));
        assertEquals("987654321", TelegramId.parse("987654321").toString());
        assertThrows(InvalidValueException.class, () -> TelegramId.parse(null));
    }

    @Test
    void languagesHaveLowerCaseWireNames() {
        assertEquals(Language.EN, Language.fromWireName("en"));
        assertEquals(Language.FA, Language.fromWireName("fa"));
        assertEquals("fa", Language.FA.wireName());
        for (String bad : new String[] {"EN", "de", "", null}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Language.fromWireName(bad));
            assertEquals("UNSUPPORTED_LANGUAGE", e.code());
        }
        assertEquals(BotUserStatus.BANNED, BotUserStatus.fromWireName("banned"));
        assertThrows(InvalidValueException.class, () -> BotUserStatus.fromWireName("deleted"));
    }

    @ParameterizedTest
    @CsvSource({"GB, 0, 1, true", "GB, 0, 10000, true", "GB, 0, 0, false", "GB, 0, 10001, false", "GB, 0, -1, false",
            "GB, 1, 5, false",
            "MONTH, 1, 0, true", "MONTH, 120, 0, true", "MONTH, 0, 0, false", "MONTH, 121, 0, false",
            "MONTH, -1, 0, false", "MONTH, 1, 5, false",
            "CUSTOM, 0, 1, true", "CUSTOM, 1, 0, true", "CUSTOM, 120, 10000, true", "CUSTOM, 0, 0, false",
            "CUSTOM, 121, 1, false", "CUSTOM, 1, 10001, false", "CUSTOM, -1, 5, false", "CUSTOM, 1, -5, false"})
    void purchaseQuantitiesAreBounded(PurchaseKind kind, int months, long gb, boolean valid) {
        if (valid) {
            Purchase purchase = new Purchase(kind, months, gb);
            assertEquals(gb << 30, purchase.purchasedBytes());
            assertEquals(months * 30L, purchase.purchasedDays());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Purchase(kind, months, gb));
            assertEquals("INVALID_PURCHASE", e.code());
        }
    }

    @Test
    void purchaseKindsHaveTheOriginalWireNames() {
        assertEquals(PurchaseKind.GB, PurchaseKind.fromWireName("gb"));
        assertEquals(PurchaseKind.MONTH, PurchaseKind.fromWireName("month"));
        assertEquals(PurchaseKind.CUSTOM, PurchaseKind.fromWireName("custom"));
        assertEquals("INVALID_PURCHASE_TYPE",
                assertThrows(InvalidValueException.class, () -> PurchaseKind.fromWireName("year")).code());
        assertThrows(NullPointerException.class, () -> new Purchase(null, 1, 1));
    }
}
