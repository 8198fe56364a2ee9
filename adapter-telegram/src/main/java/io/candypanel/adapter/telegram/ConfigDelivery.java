package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.client.ClientName;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a user their WireGuard config three ways: as monospace text (copy and paste), as a
 * {@code <client>.conf} file (import in the desktop apps) and as a QR code (scan in the phone apps).
 * Text first, because it is the one that always works; each step that fails is logged and the next
 * one still tried, so one refused upload does not cost the user the others.
 */
final class ConfigDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigDelivery.class);

    private final ChatSender sender;
    private final BotTexts texts;

    ConfigDelivery(ChatSender sender, BotTexts texts) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** @param headline what the config is for (already HTML), shown above it; returns how many of the three parts arrived */
    int deliver(long chatId, Language language, String headline, ClientName client, String config) {
        int delivered = 0;
        try {
            sender.send(chatId, headline + "\n\n" + Html.pre(config) + "\n" + texts.get(language, "config.hint"));
            delivered++;
        } catch (RuntimeException e) {
            LOG.warn("Could not send the config of client {} as text to chat {}: {}", client, chatId, e.getMessage());
        }
        try {
            sender.sendDocument(chatId, client.value() + ".conf", config.getBytes(StandardCharsets.UTF_8),
                    Html.toPlainText(texts.get(language, "config.file_caption", client.value())));
            delivered++;
        } catch (RuntimeException e) {
            LOG.warn("Could not send the config file of client {} to chat {}: {}", client, chatId, e.getMessage());
        }
        try {
            sender.sendPhoto(chatId, client.value() + ".png", QrCodes.png(config),
                    Html.toPlainText(texts.get(language, "config.qr_caption", client.value())));
            delivered++;
        } catch (RuntimeException e) {
            LOG.warn("Could not send the QR code of client {} to chat {}: {}", client, chatId, e.getMessage());
        }
        return delivered;
    }
}
