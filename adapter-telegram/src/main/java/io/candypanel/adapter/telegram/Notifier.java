package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.transaction.Transaction;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core's events look like in a chat: each {@code NotificationPort} event rendered in the
 * recipient's stored language and sent. Runs on the bot's sender thread; a failure is the caller's to
 * log.
 */
final class Notifier {
    private final ChatSender sender;
    private final BotTexts texts;
    private final Formats formats;
    private final ConfigDelivery configs;
    private final LanguageLookup languages;
    private final AdminFlows admin;

    Notifier(ChatSender sender, BotTexts texts, Formats formats, ConfigDelivery configs,
             LanguageLookup languages, AdminFlows admin) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.configs = Objects.requireNonNull(configs, "configs");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** To the admin: the new order with Approve / Reject buttons. */
    void orderPlaced(TelegramId adminId, Transaction order) {
        Language language = languages.of(adminId);
        admin.sendOrderCard(adminId.value(), language, order, Optional.of(texts.get(language, "order.new_title")));
    }

    /** To the buyer: the good news, then the config as text, file and QR code. */
    void orderApproved(Transaction order, Client client, String config) {
        Language language = languages.of(order.telegramId());
        String headline = texts.get(language, "order.approved", order.orderId().value(), client.name().value(),
                formats.plan(language, order.purchase()), formats.date(client.expiresAt()), formats.quota(language, client.quota()));
        if (!order.adminNote().isBlank()) {
            headline += "\n" + texts.get(language, "order.admin_note", order.adminNote());
        }
        configs.deliver(order.telegramId().value(), language, headline, client.name(), config);
    }

    /** To the buyer, with the admin's note. */
    void orderRejected(Transaction order) {
        Language language = languages.of(order.telegramId());
        String note = order.adminNote().isBlank() ? texts.get(language, "order.no_note") : order.adminNote();
        sender.send(order.telegramId().value(), texts.get(language, "order.rejected", order.orderId().value(), note));
    }

    /** To the admin: the user's message, tagged so that a reply to it reaches the user. */
    void supportRequested(TelegramId adminId, TelegramId from, Optional<ClientName> client, ChatText message) {
        Language language = languages.of(adminId);
        String who = client.map(ClientName::value).orElseGet(() -> texts.get(language, "support.unnamed_user", from));
        sender.send(adminId.value(), texts.get(language, "support.request", who, from, message.value())
                + "\n\n" + texts.get(language, "support.reply_hint") + "\n" + SupportTag.of(from));
    }

    void remind(TelegramId to, Reminder reminder) {
        Language language = languages.of(to);
        Client client = reminder.client();
        String text = switch (reminder.kind()) {
            case QUOTA_ALMOST_USED -> texts.get(language, "reminder.quota", client.name().value(),
                    Formats.bytes(client.usage().total()), formats.quota(language, client.quota()),
                    Formats.bytes(Math.max(0, client.quota().bytes() - client.usage().total())));
            case EXPIRES_SOON -> texts.get(language, "reminder.expiry", client.name().value(), formats.date(client.expiresAt()));
            case CLIENT_DISABLED -> texts.get(language, "reminder.disabled", client.name().value(),
                    new BotTexts.Markup(texts.get(language, "reason." + reminder.reason().map(DisabledReason::wireName).orElse("manual"))));
        };
        sender.send(to.value(), text);
    }
}
