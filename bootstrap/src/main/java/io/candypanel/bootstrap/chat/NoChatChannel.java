package io.candypanel.bootstrap.chat;

import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.transaction.Transaction;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifications when no chat bot is connected: nothing is sent, every call answers {@code false},
 * and the API tells its caller so (an external bot then delivers the message itself). The orders and
 * support messages are in the answers and the database either way, so nothing is lost.
 */
public final class NoChatChannel implements NotificationPort {
    private static final Logger LOG = LoggerFactory.getLogger(NoChatChannel.class);

    @Override
    public boolean orderPlaced(Transaction order) {
        LOG.info("Order {} is waiting for approval; no chat bot is connected to tell the admin", order.orderId());
        return false;
    }

    @Override
    public boolean orderApproved(Transaction order, Client client, String config) {
        LOG.debug("Order {} approved; no chat bot is connected to tell user {}", order.orderId(), order.telegramId());
        return false;
    }

    @Override
    public boolean orderRejected(Transaction order) {
        LOG.debug("Order {} rejected; no chat bot is connected to tell user {}", order.orderId(), order.telegramId());
        return false;
    }

    @Override
    public boolean supportRequested(TelegramId from, Optional<ClientName> client, ChatText message) {
        LOG.info("User {} asked for support; no chat bot is connected to forward it", from);
        return false;
    }

    @Override
    public boolean broadcast(List<TelegramId> recipients, ChatText message) {
        LOG.info("A broadcast to {} users was not queued: no chat bot is connected", recipients.size());
        return false;
    }

    @Override
    public boolean remind(TelegramId to, Reminder reminder) {
        // Not logged per user: without a bot every sync would repeat it.
        return false;
    }
}
