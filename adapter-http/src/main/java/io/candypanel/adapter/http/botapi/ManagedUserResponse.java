package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.ClientName;
import java.math.BigDecimal;

/** {@code data} of {@code manage_user}: the user after the action, and whether WireGuard took the change. */
record ManagedUserResponse(long telegramId, String status, BigDecimal trafficBoughtGb, long timeBoughtDays, String candyClientName,
                           KernelResponse kernel) {

    static ManagedUserResponse from(ManagedBotUser managed) {
        BotUser user = managed.user();
        return new ManagedUserResponse(user.telegramId().value(), user.status().wireName(), user.trafficBoughtGb(),
                user.daysBought(), user.clientName().map(ClientName::value).orElse(null), KernelResponse.from(managed.kernel()));
    }
}
