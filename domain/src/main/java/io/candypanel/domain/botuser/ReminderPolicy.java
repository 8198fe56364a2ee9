package io.candypanel.domain.botuser;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.shared.InvalidValueException;

/**
 * When users are reminded: at {@code quotaPercent} % of a limited quota (0 = never) and
 * {@code daysBeforeExpiry} days before the expiry (0 = never). Disabled clients are always reported.
 */
public record ReminderPolicy(int quotaPercent, int daysBeforeExpiry) {
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(80, 3);

    /** The policy of the {@code reminder_quota_percent} and {@code reminder_days_before_expiry} settings. */
    public static ReminderPolicy of(Settings settings) {
        return new ReminderPolicy(Integer.parseInt(settings.get(SettingKey.REMINDER_QUOTA_PERCENT)),
                Integer.parseInt(settings.get(SettingKey.REMINDER_DAYS_BEFORE_EXPIRY)));
    }

    public ReminderPolicy {
        if (quotaPercent < 0 || quotaPercent > 99) {
            throw new InvalidValueException("The quota reminder threshold must be 0-99 %.");
        }
        if (daysBeforeExpiry < 0 || daysBeforeExpiry > 365) {
            throw new InvalidValueException("The expiry reminder must be 0-365 days before.");
        }
    }
}
