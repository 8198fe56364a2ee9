package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code data} of {@code account_status}: the user's counters and the linked client's live figures
 * (0, {@code "N/A"} and {@code false} when there is no client).
 *
 * @param candyClientName   the linked client's name, null when none is linked
 * @param usedTrafficBytes  download + upload of the client
 * @param trafficLimitBytes the client's quota in bytes, 0 = unlimited (or no client)
 * @param expires           the client's expiry as an ISO-8601 UTC instant, or {@code "N/A"}
 * @param note              set when the linked client no longer exists, else null
 */
record AccountStatusResponse(String status, BigDecimal trafficBoughtGb, long timeBoughtDays, String candyClientName,
                             long usedTrafficBytes, long trafficLimitBytes, String expires, boolean clientEnabled,
                             String note) {
    static final String NOT_AVAILABLE = "N/A";
    static final String CLIENT_MISSING_NOTE =
            "Your VPN client configuration might be out of sync or deleted from the server. Please contact support.";

    static AccountStatusResponse from(AccountStatus account) {
        BotUser user = account.user();
        Optional<Client> client = account.client();
        return new AccountStatusResponse(
                user.status().wireName(),
                user.trafficBoughtGb(),
                user.daysBought(),
                user.clientName().map(ClientName::value).orElse(null),
                client.map(c -> c.usage().total()).orElse(0L),
                client.map(c -> c.quota().bytes()).orElse(0L),
                client.map(c -> c.expiresAt().toString()).orElse(NOT_AVAILABLE),
                client.map(Client::isEnabled).orElse(false),
                account.clientMissing() ? CLIENT_MISSING_NOTE : null);
    }
}
