package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.transaction.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, sizes, dates and plans as a person reads them. Digits stay Latin in both languages (they
 * are wrapped in isolates in Persian, see {@link BotTexts}), sizes are binary units as the quota is
 * counted (GiB = 2^30 bytes), dates are in the panel's time zone (the clock's).
 */
final class Formats {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;

    private final BotTexts texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    Formats(BotTexts texts, Clock clock) {
        this.texts = Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(clock, "clock");
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(clock.getZone());
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(clock.getZone());
    }

    /** 0 B .. 1023.99 MiB in MiB, then GiB up to 1 TiB, then TiB; at most two decimals. */
    static String bytes(long bytes) {
        if (bytes >= TIB) {
            return decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(TIB), 2, RoundingMode.HALF_UP)) + " TiB";
        }
        if (bytes >= GIB) {
            return decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(GIB), 2, RoundingMode.HALF_UP)) + " GiB";
        }
        return decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MIB), 2, RoundingMode.HALF_UP)) + " MiB";
    }

    /** A quota: its size, or "unlimited" in the user's language. */
    String quota(Language language, Quota quota) {
        return quota.isUnlimited() ? texts.get(language, "unit.unlimited") : bytes(quota.bytes());
    }

    /** {@code 1,234.5}: grouping, no trailing zeros. */
    static String decimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String money(Money money) {
        return decimal(money.amount());
    }

    String date(Instant instant) {
        return date.format(instant);
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** "5 GB", "2 months", "2 months + 50 GB" in the user's language, as markup to put into a text. */
    BotTexts.Markup plan(Language language, Purchase purchase) {
        return new BotTexts.Markup(planText(language, purchase));
    }

    private String planText(Language language, Purchase purchase) {
        String gigabytes = texts.get(language, "unit.gb", purchase.gigabytes());
        String months = texts.get(language, "unit.months", purchase.months());
        return switch (purchase.kind()) {
            case GB -> gigabytes;
            case MONTH -> months;
            case CUSTOM -> purchase.months() == 0 ? gigabytes
                    : purchase.gigabytes() == 0 ? months
                    : texts.get(language, "unit.months_and_gb", new BotTexts.Markup(months), new BotTexts.Markup(gigabytes));
        };
    }
}
