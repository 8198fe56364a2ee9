package io.candypanel.domain.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceListTest {
    private static final PriceList PRICES = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");

    @Test
    void theDefaultSettingParses() {
        assertEquals(PRICES, PriceList.parse(SettingKey.PRICES.defaultValue()));
        assertEquals(Money.of("4000"), PRICES.pricePerGb());
        assertEquals(Money.of("75000"), PRICES.pricePerMonth());
    }

    @Test
    void gbMonthAndCustomPrices() {
        assertEquals(Money.of("40000"), PRICES.priceOf(Purchase.gb(10)));
        assertEquals(Money.of("225000"), PRICES.priceOf(Purchase.months(3)));
        assertEquals(Money.of("170000"), PRICES.priceOf(Purchase.custom(2, 5)));
        assertEquals(Money.of("8000"), PRICES.priceOf(Purchase.custom(0, 2)));
    }

    @Test
    void decimalPricesAreExact() {
        PriceList prices = PriceList.parse("{ \"1Month\" : 2.5 , \"1GB\":0.1, \"note\": 1 }");
        assertEquals(Money.of("0.3"), prices.priceOf(Purchase.gb(3)));
        assertEquals(new BigDecimal("3"), prices.priceOf(Purchase.custom(1, 5)).amount());
        assertEquals(Money.of("4000"), PriceList.parse("{\"1GB\": 4e3, \"1Month\": 1}").pricePerGb());
    }

    @Test
    void aMissingOrZeroPriceForANeededUnitIsRefused() {
        PriceList noGb = PriceList.parse("{\"1GB\": 0, \"1Month\": 75000}");
        assertEquals("PRICE_NOT_CONFIGURED", assertThrows(RuleViolationException.class, () -> noGb.priceOf(Purchase.gb(1))).code());
        assertThrows(RuleViolationException.class, () -> noGb.priceOf(Purchase.custom(1, 1)));
        assertEquals(Money.of("75000"), noGb.priceOf(Purchase.custom(1, 0)), "a unit not bought needs no price");
        PriceList noMonth = PriceList.parse("{\"1GB\": 4000}");
        assertEquals("PRICE_NOT_CONFIGURED", assertThrows(RuleViolationException.class, () -> noMonth.priceOf(Purchase.months(1))).code());
        assertEquals(Money.of("4000"), noMonth.priceOf(Purchase.custom(0, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{", "{\"1GB\": -1, \"1Month\": 1}", "{\"1GB\": \"4000\"}", "{\"1GB\": 1, \"1GB\": 2}",
            "{\"1GB\": 1} x", "{\"1GB\": NaN}", "{1GB: 1}", "{\"1GB\": 01}"})
    void malformedPricesAreRefused(String text) {
        assertEquals("INVALID_PRICES", assertThrows(InvalidValueException.class, () -> PriceList.parse(text)).code());
    }

    @Test
    void moneyIsNonNegativeAndNormalised() {
        assertEquals(Money.of("4000"), Money.of("4000.00"));
        assertEquals("4000", Money.of("4.0E3").toString());
        assertEquals("INVALID_AMOUNT", assertThrows(InvalidValueException.class, () -> Money.of("-1")).code());
        assertThrows(InvalidValueException.class, () -> Money.of("abc"));
        assertEquals(Money.of("5"), Money.of("2").plus(Money.of("3")));
    }
}
