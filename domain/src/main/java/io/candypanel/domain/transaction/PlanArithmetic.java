package io.candypanel.domain.transaction;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an approved purchase does to a client's expiry and quota: the original's rules (§9.4) with its
 * bugs fixed. GiB = 2^30 bytes, TiB = 2^40 bytes, month = 30 days.
 *
 * <ol>
 *   <li><b>Time.</b> A purchase with months adds 30 days per month. Extension starts from
 *       max(now, current expiry), so unused time is kept and an expired client starts from now.</li>
 *   <li><b>GB-only purchases</b> (a GB plan, or a custom plan with 0 months) buy no time: a new client
 *       gets {@value #COURTESY_DAYS} days; an existing, still valid client keeps its expiry; an existing
 *       client that has already expired also gets {@value #COURTESY_DAYS} days from now, so paid traffic
 *       is never locked behind an expired date (the original gave 365 days on every GB purchase and 0
 *       days — an instantly expired client — on a custom plan with 0 months).</li>
 *   <li><b>Traffic.</b> A purchase with GB adds GB x 2^30 bytes on top of the current quota; a new
 *       client gets exactly that.</li>
 *   <li><b>Time-only purchases</b> (a month plan, or a custom plan with 0 GB) buy no traffic: a new client
 *       gets 1 TiB; an existing client gets max(current quota, 1 TiB), so a larger quota is never shrunk
 *       (the original overwrote it with 1 TiB, and set 0 = unlimited or "used" = exhausted for a custom
 *       plan with 0 GB).</li>
 *   <li><b>Unlimited</b> (quota 0) stays unlimited whatever is bought.</li>
 *   <li><b>Over-usage.</b> If the client's usage already reaches the resulting quota, the purchase's bytes
 *       (its GB, or 1 TiB for a time-only purchase) are added on top of the usage instead, so the buyer
 *       always gets what they paid for and is never instantly over quota.</li>
 *   <li>Sums saturate instead of overflowing, and the expiry is capped at 9999-12-31T23:59:59Z (the
 *       latest expiry a client may have).</li>
 * </ol>
 * The domain never reads the clock: {@code now} is passed in.
 */
public final class PlanArithmetic {
    /** Days a GB-only purchase gives a client that has no valid time (new or expired). */
    public static final long COURTESY_DAYS = 365;
    /** Traffic a time-only purchase gives: 1 TiB. */
    public static final long COURTESY_BYTES = 1L << 40;
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    private PlanArithmetic() {
    }

    /** The state of the client a purchase goes to; {@code usedBytes} is download + upload. */
    public record CurrentPlan(Instant expiresAt, Quota quota, long usedBytes) {
        public CurrentPlan {
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(quota, "quota");
            if (usedBytes < 0) {
                throw new IllegalArgumentException("usedBytes must not be negative");
            }
        }
    }

    /** The client's new expiry and quota. */
    public record PlanResult(Instant expiresAt, Quota quota) {
        public PlanResult {
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(quota, "quota");
        }
    }

    /** Applies a purchase to the client's current plan, or to a new client when {@code current} is empty. */
    public static PlanResult apply(Purchase purchase, Instant now, Optional<CurrentPlan> current) {
        Objects.requireNonNull(current, "current");
        return current.map(plan -> forExistingClient(purchase, now, plan)).orElseGet(() -> forNewClient(purchase, now));
    }

    /** A new client: expiry now + days (365 for a GB-only purchase); quota the GB bought (1 TiB for a time-only one). */
    public static PlanResult forNewClient(Purchase purchase, Instant now) {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(now, "now");
        long days = buysTime(purchase) ? purchase.purchasedDays() : COURTESY_DAYS;
        return new PlanResult(plusDays(now, days), new Quota(bytesBought(purchase)));
    }

    /** An existing client: see the rules in the class comment. */
    public static PlanResult forExistingClient(Purchase purchase, Instant now, CurrentPlan current) {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(current, "current");
        boolean stillValid = current.expiresAt().isAfter(now);
        Instant base = stillValid ? current.expiresAt() : now;
        long days = buysTime(purchase) ? purchase.purchasedDays() : (stillValid ? 0 : COURTESY_DAYS);
        Instant expiresAt = plusDays(base, days);

        if (current.quota().isUnlimited()) {
            return new PlanResult(expiresAt, Quota.UNLIMITED);
        }
        long added = bytesBought(purchase);
        long quota = buysTraffic(purchase)
                ? saturatedAdd(current.quota().bytes(), added)
                : Math.max(current.quota().bytes(), added);
        if (current.usedBytes() >= quota) {
            quota = saturatedAdd(current.usedBytes(), added);
        }
        return new PlanResult(expiresAt, new Quota(quota));
    }

    private static boolean buysTime(Purchase purchase) {
        return purchase.months() > 0;
    }

    private static boolean buysTraffic(Purchase purchase) {
        return purchase.gigabytes() > 0;
    }

    /** The bytes this purchase brings: its GB, or 1 TiB for a time-only purchase. */
    private static long bytesBought(Purchase purchase) {
        return buysTraffic(purchase) ? purchase.purchasedBytes() : COURTESY_BYTES;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static Instant plusDays(Instant base, long days) {
        if (base.isAfter(LATEST_EXPIRY) || Duration.between(base, LATEST_EXPIRY).toDays() < days) {
            return LATEST_EXPIRY;
        }
        return base.plus(Duration.ofDays(days));
    }
}
