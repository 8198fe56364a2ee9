package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.transaction.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final BotTexts texts = new BotTexts();
    private final Formats formats = new Formats(texts, new MutableClock(Instant.parse("2025-03-01T10:00:00Z")));

    @Test
    void sizesInBinaryUnits() {
        assertEquals("0 MiB", Formats.bytes(0));
        assertEquals("0.5 MiB", Formats.bytes(512 * 1024));
        assertEquals("512 MiB", Formats.bytes(512L << 20));
        assertEquals("1 GiB", Formats.bytes(1L << 30));
        assertEquals("1.5 GiB", Formats.bytes(3L << 29));
        assertEquals("1,023 GiB", Formats.bytes(1023L << 30));
        assertEquals("2 TiB", Formats.bytes(2L << 40));
    }

    @Test
    void quotasSayUnlimitedInTheUsersLanguage() {
        assertEquals("unlimited", formats.quota(Language.EN, Quota.UNLIMITED));
        assertEquals("نامحدود", formats.quota(Language.FA, Quota.UNLIMITED));
        assertEquals("10 GiB", formats.quota(Language.FA, new Quota(10L << 30)));
    }

    @Test
    void moneyAndDates() {
        assertEquals("350,000", Formats.money(Money.of("350000")));
        assertEquals("4,000.5", Formats.money(Money.of("4000.50")));
        assertEquals("2.33", Formats.decimal(new BigDecimal("2.333")));
        assertEquals("2025-04-01", formats.date(Instant.parse("2025-04-01T23:59:00Z")));
        assertEquals("2025-04-01 23:59", formats.dateTime(Instant.parse("2025-04-01T23:59:00Z")));
    }

    @Test
    void plansInBothLanguages() {
        assertEquals("10 GB", formats.plan(Language.EN, Purchase.gb(10)).html());
        assertEquals("3 month(s)", formats.plan(Language.EN, Purchase.months(3)).html());
        assertEquals("2 month(s) + 50 GB", formats.plan(Language.EN, Purchase.custom(2, 50)).html());
        assertEquals("50 GB", formats.plan(Language.EN, Purchase.custom(0, 50)).html());
        assertEquals("\u20682\u2069 ماه و \u206850\u2069 گیگابایت", formats.plan(Language.FA, Purchase.custom(2, 50)).html());
    }
}
