package io.candypanel.domain.botuser;

import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Telegram user of the selling bot: what they bought, the client it went to, their language, and
 * whether the admin banned them.
 *
 * <p>Traffic bought is kept in whole MiB ({@code long}): purchases are whole GB, but the admin may
 * set a fractional amount (the original stores a float); MiB is exact for both, compares with
 * {@code ==} and needs no BigDecimal scale handling. {@link #trafficBoughtGb()} gives the GB view.
 *
 * <p>Unlike the original, a banned user can neither order nor have a purchase recorded, and a
 * purchase never unbans anyone: unbanning is the admin's explicit {@link #unban()}.
 */
public final class BotUser {
    public static final long MIB_PER_GB = 1024;
    /** Days are counted as in the original: 30 per month. */
    public static final int DAYS_PER_MONTH = 30;

    private final TelegramId telegramId;
    private final Instant createdAt;
    private ClientName clientName;
    private long trafficBoughtMib;
    private long daysBought;
    private BotUserStatus status;
    private Language language;

    private BotUser(TelegramId telegramId, ClientName clientName, long trafficBoughtMib, long daysBought,
                    BotUserStatus status, Language language, Instant createdAt) {
        this.telegramId = Objects.requireNonNull(telegramId, "telegramId");
        this.clientName = clientName;
        this.trafficBoughtMib = nonNegative(trafficBoughtMib, "traffic bought");
        this.daysBought = nonNegative(daysBought, "days bought");
        this.status = Objects.requireNonNull(status, "status");
        this.language = Objects.requireNonNull(language, "language");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A newly registered user: active, English, nothing bought, no client yet. */
    public static BotUser create(TelegramId telegramId, Instant now) {
        return new BotUser(telegramId, null, 0, 0, BotUserStatus.ACTIVE, Language.EN, now);
    }

    /** Rebuilds a user from storage without re-running registration rules. */
    public static BotUser restore(TelegramId telegramId, Optional<ClientName> clientName, long trafficBoughtMib,
                                  long daysBought, BotUserStatus status, Language language, Instant createdAt) {
        return new BotUser(telegramId, Objects.requireNonNull(clientName, "clientName").orElse(null),
                trafficBoughtMib, daysBought, status, language, createdAt);
    }

    private static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new InvalidValueException("The " + what + " must not be negative.");
        }
        return value;
    }

    /** Refuses with {@code USER_BANNED} when the user may not buy. */
    public void requireCanOrder() {
        if (status == BotUserStatus.BANNED) {
            throw new RuleViolationException("USER_BANNED", "User " + telegramId + " is banned and cannot place orders.");
        }
    }

    public boolean canOrder() {
        return status == BotUserStatus.ACTIVE;
    }

    /** Idempotent. The caller also disables the linked client (reason banned). */
    public void ban() {
        status = BotUserStatus.BANNED;
    }

    /** Idempotent. */
    public void unban() {
        status = BotUserStatus.ACTIVE;
    }

    public void changeLanguage(Language newLanguage) {
        language = Objects.requireNonNull(newLanguage, "language");
    }

    /** Links the client this user's purchases go to (set on the first approval, or by the admin). */
    public void linkClient(ClientName name) {
        clientName = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds an approved purchase to the counters, as the original does: a GB purchase adds its GB to the
     * traffic bought, a month purchase 30 days per month to the time bought, a custom one both. The days
     * a new client receives as a courtesy (365 for a GB plan) are not "bought" and are not counted.
     * Refused with {@code USER_BANNED} for a banned user (never a silent unban).
     */
    public void recordPurchase(Purchase purchase) {
        Objects.requireNonNull(purchase, "purchase");
        requireCanOrder();
        trafficBoughtMib = saturatedAdd(trafficBoughtMib, purchase.gigabytes() * MIB_PER_GB);
        daysBought = saturatedAdd(daysBought, (long) purchase.months() * DAYS_PER_MONTH);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    public TelegramId telegramId() {
        return telegramId;
    }

    public Optional<ClientName> clientName() {
        return Optional.ofNullable(clientName);
    }

    public long trafficBoughtMib() {
        return trafficBoughtMib;
    }

    /** Traffic bought in GB (MiB / 1024, exact, trailing zeros stripped). */
    public BigDecimal trafficBoughtGb() {
        BigDecimal gb = BigDecimal.valueOf(trafficBoughtMib).divide(BigDecimal.valueOf(MIB_PER_GB)).stripTrailingZeros();
        return gb.scale() < 0 ? gb.setScale(0) : gb;
    }

    public long daysBought() {
        return daysBought;
    }

    public BotUserStatus status() {
        return status;
    }

    public boolean isBanned() {
        return status == BotUserStatus.BANNED;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
