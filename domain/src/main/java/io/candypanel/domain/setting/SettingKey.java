package io.candypanel.domain.setting;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every setting the panel knows, with its wire name (the original's, typos included), its default
 * and its validator. A validator returns the normalised value or throws {@link InvalidValueException}
 * naming the rule.
 */
public enum SettingKey {
    SERVER_IP("server_ip", "192.168.1.100", Visibility.PUBLIC, Validators::hostOrIp),
    CUSTOM_ENDPOINT("custom_endpont", "192.168.1.100", Visibility.PUBLIC, Validators::hostOrIp),
    DNS("dns", "8.8.8.8", Visibility.PUBLIC, Validators::ipList),
    IPV6_DNS("ipv6_dns", "2001:4860:4860::8888", Visibility.PUBLIC, Validators::ipv6ListOrEmpty),
    MTU("mtu", "1420", Visibility.PUBLIC, v -> Validators.integer("mtu", v, 1280, 9000)),
    RESET_TIME("reset_time", "0", Visibility.PUBLIC, v -> Validators.integer("reset_time", v, 0, 8760)),
    AUTO_BACKUP("auto_backup", "1", Visibility.PUBLIC, v -> Validators.flag("auto_backup", v)),
    TELEGRAM_BOT_STATUS("telegram_bot_status", "0", Visibility.PUBLIC, v -> Validators.flag("telegram_bot_status", v)),
    TELEGRAM_BOT_ADMIN_ID("telegram_bot_admin_id", "0", Visibility.PUBLIC, Validators::telegramId),
    TELEGRAM_BOT_TOKEN("telegram_bot_token", "", Visibility.MASKED, Validators::telegramBotToken),
    ADMIN_CARD_NUMBER("admin_card_number", "", Visibility.PUBLIC, v -> Validators.text("admin_card_number", v, 128)),
    PRICES("prices", "{\"1GB\": 4000, \"1Month\": 75000}", Visibility.PUBLIC, Validators::prices),
    ALERT("alert", "[\"Welcome to CandyPanel\"]", Visibility.PUBLIC, Validators::alerts),
    SESSION_TTL_HOURS("session_ttl_hours", "24", Visibility.PUBLIC, v -> Validators.integer("session_ttl_hours", v, 1, 8760)),
    SYNC_INTERVAL_SECONDS("sync_interval_seconds", "60", Visibility.PUBLIC, v -> Validators.integer("sync_interval_seconds", v, 5, 3600)),
    TRAFFIC_RESET_DAY("traffic_reset_day", "0", Visibility.PUBLIC, v -> Validators.integer("traffic_reset_day", v, 0, 28)),
    /** The interface id (N of wgN) on which the bot creates the clients it sells. */
    BOT_DEFAULT_INTERFACE("bot_default_interface", "0", Visibility.PUBLIC, v -> Validators.integer("bot_default_interface", v, 0, 9999)),
    /** A bot user is reminded once when this percentage of a limited quota is used; 0 = never. */
    REMINDER_QUOTA_PERCENT("reminder_quota_percent", "80", Visibility.PUBLIC,
            v -> Validators.integer("reminder_quota_percent", v, 0, 99)),
    /** A bot user is reminded once this many days before the client expires; 0 = never. */
    REMINDER_DAYS_BEFORE_EXPIRY("reminder_days_before_expiry", "3", Visibility.PUBLIC,
            v -> Validators.integer("reminder_days_before_expiry", v, 0, 365)),
    // Maintained by the panel itself; not writable through the settings API.
    INSTALLED("install", "0", Visibility.INTERNAL, v -> Validators.flag("install", v)),
    STATUS("status", "1", Visibility.INTERNAL, v -> Validators.flag("status", v)),
    BANDWIDTH("bandwidth", "0", Visibility.INTERNAL, v -> Validators.integer("bandwidth", v, 0, Long.MAX_VALUE)),
    UPTIME("uptime", "0", Visibility.INTERNAL, v -> Validators.integer("uptime", v, 0, Long.MAX_VALUE)),
    /** Epoch second of the next scheduled restart of the active interfaces (reset_time); 0 = none scheduled. */
    NEXT_INTERFACE_RESTART("next_interface_restart", "0", Visibility.INTERNAL,
            v -> Validators.integer("next_interface_restart", v, 0, Long.MAX_VALUE)),
    /** The month (yyyy-MM) of the last monthly usage reset (traffic_reset_day); empty = never. */
    LAST_TRAFFIC_RESET("last_traffic_reset", "", Visibility.INTERNAL, Validators::yearMonthOrEmpty);

    /** Who may see and change a setting. */
    public enum Visibility {
        /** Shown in full and writable by the admin. */
        PUBLIC,
        /** Writable by the admin, shown masked (all but the last 4 characters). */
        MASKED,
        /** Shown, but written only by the panel. */
        INTERNAL
    }

    private final String wireName;
    private final String defaultValue;
    private final Visibility visibility;
    private final UnaryOperator<String> validator;

    SettingKey(String wireName, String defaultValue, Visibility visibility, UnaryOperator<String> validator) {
        this.wireName = wireName;
        this.defaultValue = defaultValue;
        this.visibility = visibility;
        this.validator = validator;
    }

    public static Optional<SettingKey> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }

    public String wireName() {
        return wireName;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public Visibility visibility() {
        return visibility;
    }

    public boolean isAdminWritable() {
        return visibility != Visibility.INTERNAL;
    }

    /** Returns the normalised value, or throws {@link InvalidValueException} naming the rule. */
    public String validate(String value) {
        if (value == null) {
            throw new InvalidValueException("The value of setting '" + wireName + "' is required.");
        }
        return validator.apply(value.strip());
    }
}
