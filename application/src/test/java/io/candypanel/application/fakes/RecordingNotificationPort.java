package io.candypanel.application.fakes;

import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.domain.botuser.TelegramId;
import java.util.ArrayList;
import java.util.List;

/** Records every message; can be told to fail, as an unreachable Telegram would. */
public final class RecordingNotificationPort implements NotificationPort {
    /** One message; {@code to} is null for the admin. */
    public record Message(TelegramId to, String text) {
    }

    private final List<Message> sent = new ArrayList<>();
    private RuntimeException failure;

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized void sendToUser(TelegramId telegramId, String text) {
        send(new Message(telegramId, text));
    }

    @Override
    public synchronized void sendToAdmin(String text) {
        send(new Message(null, text));
    }

    private void send(Message message) {
        if (failure != null) {
            throw failure;
        }
        sent.add(message);
    }

    public synchronized List<Message> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<String> toAdmin() {
        return sent.stream().filter(m -> m.to() == null).map(Message::text).toList();
    }
}
