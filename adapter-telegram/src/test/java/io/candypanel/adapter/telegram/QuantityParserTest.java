package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.botuser.PurchaseKind;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities in English and Persian, whole numbers only, with a reason for every refusal. */
class QuantityParserTest {

    @ParameterizedTest
    @CsvSource({
            "10, GB, 10", "10gb, GB, 10", "10 GB, GB, 10", "10 gigs, GB, 10", "10 gigabytes, GB, 10",
            "۱۰, GB, 10", "۱۰ گیگ, GB, 10", "\u0661\u0660 \u06AF\u064A\u06AF, GB, 10", "۱۰\u200C\u06AF\u06CC\u06AF, GB, 10", "۲۵ گیگابایت, GB, 25",
            "3, MONTH, 3", "3 months, MONTH, 3", "1 month, MONTH, 1", "3 mah, MONTH, 3", "۳ ماه, MONTH, 3", "  ۱۲ ماه  , MONTH, 12"})
    void wholeNumbersWithOrWithoutTheirUnit(String text, PurchaseKind kind, long expected) {
        assertEquals(QuantityParser.Result.of(expected), QuantityParser.quantity(text, kind));
    }

    @ParameterizedTest
    @CsvSource({
            "ten, GB, quantity.invalid", "'', GB, quantity.invalid", "-3, GB, quantity.not_whole",
            "10.5, GB, quantity.not_whole", "۱۰٫۵, GB, quantity.not_whole", "0, GB, quantity.zero",
            "3 months, GB, quantity.expected_gb", "10 گیگ, MONTH, quantity.expected_months",
            "1234567890, GB, quantity.too_large", "5 6, GB, quantity.not_whole"})
    void refusalsSayWhy(String text, PurchaseKind kind, String key) {
        assertEquals(QuantityParser.Result.error(key), QuantityParser.quantity(text, kind));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2 months 50 GB|2|50", "50gb 2 months|2|50", "2 months and 50 gigs|2|50", "۲ ماه ۵۰ گیگ|2|50",
            "۵۰ گیگ و ۲ ماه|2|50", "۲ماه، ۵۰گیگ|2|50", "3 mah|3|0", "100 GB|0|100", "2 MONTHS + 5 GB|2|5"})
    void customPlans(String text, int months, long gigabytes) {
        assertEquals(Optional.of(new QuantityParser.CustomPlan(months, gigabytes)), QuantityParser.customPlan(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lots", "2", "1.5 months", "2 months 3 months", "2 months please", "50 GB 10 GB", "''"})
    void notACustomPlan(String text) {
        assertEquals(Optional.empty(), QuantityParser.customPlan(text));
    }

    @Test
    void theAdminsNumbers() {
        assertEquals(Optional.of(new BigDecimal("1.5")), QuantityParser.decimal("1.5"));
        assertEquals(Optional.of(new BigDecimal("1.5")), QuantityParser.decimal("۱٫۵"));
        assertEquals(Optional.of(new BigDecimal("50")), QuantityParser.decimal("۵۰"));
        assertEquals(Optional.empty(), QuantityParser.decimal("-1"));
        assertEquals(Optional.empty(), QuantityParser.decimal("1e3"));
        assertEquals(OptionalLong.of(30), QuantityParser.wholeNumber("۳۰"));
        assertEquals(OptionalLong.empty(), QuantityParser.wholeNumber("30 days"));
    }
}
