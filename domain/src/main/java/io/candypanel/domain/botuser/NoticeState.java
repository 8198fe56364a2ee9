package io.candypanel.domain.botuser;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bot user has already been told about their client, so that each reminder is sent once per
 * occasion: the quota reminder again only after the usage fell below the threshold (a purchase or a
 * reset), the expiry reminder again only after the expiry moved beyond the window, the disabled notice
 * again only after the client was enabled (or disabled for another reason).
 */
public record NoticeState(TelegramId telegramId, boolean quotaReminded, boolean expiryReminded,
                          Optional<DisabledReason> disabledNotified) {

    public NoticeState {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(disabledNotified, "disabledNotified");
    }

    public static NoticeState none(TelegramId telegramId) {
        return new NoticeState(telegramId, false, false, Optional.empty());
    }

    /** The reminders that fall due now, and the state with the occasions that ended forgotten. */
    public Check check(Client client, ReminderPolicy policy, Instant now) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        List<Reminder> due = new ArrayList<>();
        boolean quotaNear = client.isEnabled() && quotaNear(client, policy);
        boolean expiryNear = client.isEnabled() && expiryNear(client, policy, now);
        Optional<DisabledReason> disabled = client.isEnabled() ? Optional.empty() : client.disabledReason();
        if (quotaNear && !quotaReminded) {
            due.add(new Reminder(Reminder.Kind.QUOTA_ALMOST_USED, client, Optional.empty()));
        }
        if (expiryNear && !expiryReminded) {
            due.add(new Reminder(Reminder.Kind.EXPIRES_SOON, client, Optional.empty()));
        }
        if (disabled.isPresent() && !disabled.equals(disabledNotified)) {
            due.add(new Reminder(Reminder.Kind.CLIENT_DISABLED, client, disabled));
        }
        // Occasions that are over are forgotten; the ones still on stay remembered (a disabled client's
        // quota and expiry reminders are not cleared, so re-enabling it does not repeat them at once).
        NoticeState settled = new NoticeState(telegramId, quotaReminded && (quotaNear || !client.isEnabled()),
                expiryReminded && (expiryNear || !client.isEnabled()), disabledNotified.filter(r -> disabled.isPresent()));
        return new Check(due, settled);
    }

    /** This state once {@code reminder} was delivered. */
    public NoticeState told(Reminder reminder) {
        return switch (reminder.kind()) {
            case QUOTA_ALMOST_USED -> new NoticeState(telegramId, true, expiryReminded, disabledNotified);
            case EXPIRES_SOON -> new NoticeState(telegramId, quotaReminded, true, disabledNotified);
            case CLIENT_DISABLED -> new NoticeState(telegramId, quotaReminded, expiryReminded, reminder.reason());
        };
    }

    private static boolean quotaNear(Client client, ReminderPolicy policy) {
        Quota quota = client.quota();
        if (policy.quotaPercent() == 0 || quota.isUnlimited()) {
            return false;
        }
        // used / quota >= percent / 100, in integers without overflow for quotas up to Long.MAX_VALUE.
        long used = client.usage().total();
        return used >= quota.bytes() / 100 * policy.quotaPercent() + quota.bytes() % 100 * policy.quotaPercent() / 100;
    }

    private static boolean expiryNear(Client client, ReminderPolicy policy, Instant now) {
        return policy.daysBeforeExpiry() > 0 && client.expiresAt().isAfter(now)
                && !client.expiresAt().isAfter(now.plus(Duration.ofDays(policy.daysBeforeExpiry())));
    }

    /** The reminders due now and the state to keep if none of them is delivered. */
    public record Check(List<Reminder> due, NoticeState settled) {
        public Check {
            due = List.copyOf(due);
            Objects.requireNonNull(settled, "settled");
        }
    }
}
