package io.candypanel.adapter.http.botapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code data} of {@code get_all_users}. */
record BotUsersResponse(List<UserResponse> users) {

    static BotUsersResponse from(List<BotUser> users, TelegramId admin) {
        return new BotUsersResponse(users.stream().map(user -> UserResponse.from(user, admin)).toList());
    }

    /** One user; {@code is_admin} is 0 or 1, as the original's column. */
    record UserResponse(long telegramId, String candyClientName, BigDecimal trafficBoughtGb, long timeBoughtDays, String status,
                        String language, @JsonProperty("is_admin") int isAdmin, Instant createdAt) {

        static UserResponse from(BotUser user, TelegramId admin) {
            return new UserResponse(
                    user.telegramId().value(),
                    user.clientName().map(ClientName::value).orElse(null),
                    user.trafficBoughtGb(),
                    user.daysBought(),
                    user.status().wireName(),
                    user.language().wireName(),
                    user.telegramId().equals(admin) ? 1 : 0,
                    user.createdAt());
        }
    }
}
