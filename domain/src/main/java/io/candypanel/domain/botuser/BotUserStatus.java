package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/** Whether a bot user may buy. Wire names are the original's. */
public enum BotUserStatus {
    ACTIVE("active"),
    BANNED("banned");

    private final String wireName;

    BotUserStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static BotUserStatus fromWireName(String name) {
        for (BotUserStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new InvalidValueException("INVALID_BOT_USER_STATUS", "A bot user's status is 'active' or 'banned'.");
    }
}
