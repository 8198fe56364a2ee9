package io.candypanel.application.port.out.notification;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.transaction.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * What the bot's users and its admin are told, as events: the chat adapter (Telegram) chooses the words,
 * the user's language and the form (text, file, QR, buttons), so the core holds no texts. Each method
 * answers whether a chat channel took the message ({@code false}: none is connected, e.g. the bot is
 * off); delivery itself is best effort, and an implementation may throw an unchecked exception when its
 * channel fails. Callers call it after their change committed, so a lost message never loses data.
 */
public interface NotificationPort {

    /** A new pending order, to the admin (who approves or rejects it). */
    boolean orderPlaced(Transaction order);

    /** An approved order, to its buyer, with the client it went to and that client's wg-quick config. */
    boolean orderApproved(Transaction order, Client client, String config);

    /** A rejected order, to its buyer. */
    boolean orderRejected(Transaction order);

    /** A user's support message, to the admin; {@code client} names the user's linked client, if any. */
    boolean supportRequested(TelegramId from, Optional<ClientName> client, ChatText message);

    /** One message to many users; the channel queues it and paces the sending itself. */
    boolean broadcast(List<TelegramId> recipients, ChatText message);

    /** A reminder about the user's own client (quota almost used, expiry near, client disabled). */
    boolean remind(TelegramId to, Reminder reminder);
}
