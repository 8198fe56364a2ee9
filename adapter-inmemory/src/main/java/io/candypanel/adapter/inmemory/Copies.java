package io.candypanel.adapter.inmemory;

import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.wginterface.WgInterface;

/**
 * Private copies of aggregates, made through their {@code restore} door on the way in and on the way
 * out, so that a change a caller makes to a loaded object is stored only when it saves it (as with a
 * database row).
 */
final class Copies {
    private Copies() {
    }

    static Client of(Client c) {
        Client copy = Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt(), c.quota(), c.usage(), c.lastCounters(), c.note(), c.isEnabled(),
                c.disabledReason().orElse(null), c.lastHandshake().orElse(null), c.endpoint().orElse(null),
                c.isConnectedNow(), c.shareToken().orElse(null));
        c.ipv6Address().ifPresent(copy::assignIpv6Address);
        return copy;
    }

    static WgInterface of(WgInterface i) {
        WgInterface copy = WgInterface.restore(i.id(), i.keys(), i.listenPort(), i.addressRange(), i.mtu(), i.isUp());
        i.ipv6Range().ifPresent(copy::assignIpv6Range);
        return copy;
    }

    static BotUser of(BotUser u) {
        return BotUser.restore(u.telegramId(), u.clientName(), u.trafficBoughtMib(), u.daysBought(), u.status(),
                u.language(), u.createdAt());
    }

    static Transaction of(Transaction t) {
        return Transaction.restore(t.orderId(), t.telegramId(), t.purchase(), t.amount(), t.cardText(), t.requestedAt(),
                t.status(), t.decidedAt(), t.adminNote());
    }
}
