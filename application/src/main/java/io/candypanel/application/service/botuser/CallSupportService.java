package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.CallSupportCommand;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.botuser.BotAdmin;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.RuleViolationException;
import java.util.Objects;

public final class CallSupportService implements CallSupportUseCase {
    private static final System.Logger LOG = System.getLogger(CallSupportService.class.getName());

    private final BotUserRepositoryPort botUsers;
    private final SettingsRepositoryPort settings;
    private final NotificationPort notifications;

    public CallSupportService(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings, NotificationPort notifications) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    @Override
    public SupportCall call(CallSupportCommand command) {
        BotUser user = botUsers.findByTelegramId(command.telegramId())
                .orElseThrow(() -> new BotUserNotFoundException(command.telegramId()));
        TelegramId admin = BotAdmin.of(settings.load()).orElseThrow(() -> new RuleViolationException("SUPPORT_UNAVAILABLE",
                "Support is unavailable: the bot admin's Telegram id is not set."));
        boolean delivered;
        try {
            delivered = notifications.supportRequested(user.telegramId(), user.clientName(), command.message());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not forward the support message of user " + user.telegramId()
                    + ": " + e.getMessage());
            delivered = false;
        }
        return new SupportCall(user.telegramId(), user.clientName(), command.message(), admin, delivered);
    }
}
