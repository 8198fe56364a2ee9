package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * When users are reminded: at {@code quotaPercent} % of a limited quota (0 = never) and
 * {@code daysBeforeExpiry} days before the expiry (0 = never). Disabled clients are always reported.
 */
public record ReminderPolicy(int quotaPercent, int daysBeforeExpiry) {
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(80, 3);

    public ReminderPolicy {
        if (quotaPercent < 0 || quotaPercent > 99) {
            throw new InvalidValueException("The quota reminder threshold must be 0-99 %.");
        }
        if (daysBeforeExpiry < 0 || daysBeforeExpiry > 365) {
            throw new InvalidValueException("The expiry reminder must be 0-365 days before.");
        }
    }
}
