package io.candypanel.adapter.telegram;

import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.application.port.in.botuser.AccountStatusQuery;
import io.candypanel.application.port.in.botuser.CallSupportCommand;
import io.candypanel.application.port.in.botuser.GetLicenseQuery;
import io.candypanel.application.port.in.botuser.License;
import io.candypanel.application.port.in.botuser.NoActiveLicenseException;
import io.candypanel.application.port.in.botuser.SetLanguageCommand;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.client.Client;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What every user can do: start, pick a language, the menu, their license, their status, support. */
final class UserFlows {
    private final TelegramUseCases useCases;
    private final Menus menus;
    private final Formats formats;
    private final ConfigDelivery configs;

    UserFlows(TelegramUseCases useCases, Menus menus, Formats formats, ConfigDelivery configs) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.configs = Objects.requireNonNull(configs, "configs");
    }

    /** /start: the user is registered (by the router) and greeted, with the language choice. */
    void start(Dialog dialog) {
        dialog.endConversation();
        dialog.reply(dialog.text("start.welcome", displayName(dialog)), menus.languages());
    }

    void chooseLanguage(Dialog dialog, String wireName) {
        Language language = Language.fromWireName(wireName);
        useCases.setLanguage().setLanguage(new SetLanguageCommand(dialog.userId(), language));
        dialog.changeLanguage(language);
        dialog.endConversation();
        dialog.show(dialog.text("language.changed") + "\n\n" + dialog.text("menu.prompt"), menus.userMenu(language));
    }

    void showMenu(Dialog dialog) {
        dialog.show(dialog.text("menu.prompt"), menus.userMenu(dialog.language()));
    }

    void showLanguages(Dialog dialog) {
        dialog.endConversation();
        dialog.show(dialog.text("language.choose"), menus.languages());
    }

    void license(Dialog dialog) {
        dialog.endConversation();
        License license;
        try {
            license = useCases.getLicense().license(new GetLicenseQuery(dialog.userId()));
        } catch (NoActiveLicenseException e) {
            dialog.show(dialog.text("license.none"), menus.userMenu(dialog.language()));
            return;
        }
        configs.deliver(dialog.chatId(), dialog.language(), dialog.text("license.headline", license.client().name().value()),
                license.client().name(), license.config());
    }

    void status(Dialog dialog) {
        dialog.endConversation();
        AccountStatus status = useCases.accountStatus().status(new AccountStatusQuery(dialog.userId()));
        dialog.show(statusText(dialog, status), menus.userMenu(dialog.language()));
    }

    private String statusText(Dialog dialog, AccountStatus status) {
        BotUser user = status.user();
        StringBuilder text = new StringBuilder(dialog.text("status.title"));
        text.append('\n').append(dialog.text(user.isBanned() ? "status.account_banned" : "status.account_active"));
        text.append('\n').append(dialog.text("status.bought", Formats.decimal(user.trafficBoughtGb()), user.daysBought()));
        if (status.clientMissing()) {
            return text.append("\n\n").append(dialog.text("status.client_missing")).toString();
        }
        if (status.client().isEmpty()) {
            return text.append("\n\n").append(dialog.text("status.no_client")).toString();
        }
        Client client = status.client().get();
        text.append('\n').append(dialog.text("status.client", client.name().value()));
        text.append('\n').append(dialog.text("status.usage", Formats.bytes(client.usage().total()),
                formats.quota(dialog.language(), client.quota())));
        if (!client.quota().isUnlimited()) {
            long left = Math.max(0, client.quota().bytes() - client.usage().total());
            text.append('\n').append(dialog.text("status.remaining", Formats.bytes(left)));
        }
        text.append('\n').append(dialog.text("status.expires", formats.date(client.expiresAt())));
        if (client.isEnabled()) {
            text.append('\n').append(dialog.text("status.enabled"));
        } else {
            String reason = dialog.text("reason." + client.disabledReason().map(r -> r.wireName()).orElse("manual"));
            text.append('\n').append(dialog.text("status.disabled", new BotTexts.Markup(reason)));
        }
        if (!client.note().isBlank()) {
            text.append('\n').append(dialog.text("status.note", client.note()));
        }
        return text.toString();
    }

    /** The support button (or /support without text): the next text goes to the admin. */
    void askForSupportMessage(Dialog dialog) {
        dialog.remember(Step.AWAIT_SUPPORT, Map.of());
        dialog.show(dialog.text("support.prompt"), Optional.empty());
    }

    void sendSupportMessage(Dialog dialog, String message) {
        ChatText text = new ChatText(message);
        dialog.endConversation();
        SupportCall call = useCases.callSupport().call(new CallSupportCommand(dialog.userId(), text));
        dialog.reply(dialog.text(call.delivered() ? "support.sent" : "support.not_delivered"));
    }

    private static String displayName(Dialog dialog) {
        String first = dialog.from().firstName();
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        String username = dialog.from().username();
        return username != null && !username.isBlank() ? username : Long.toString(dialog.from().id());
    }
}
