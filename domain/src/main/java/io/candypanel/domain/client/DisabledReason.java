package io.candypanel.domain.client;

import java.util.Locale;

/** Why a client is disabled; shown to the admin as {@code disabled_reason}. */
public enum DisabledReason {
    MANUAL, QUOTA, EXPIRED, BANNED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisabledReason fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
