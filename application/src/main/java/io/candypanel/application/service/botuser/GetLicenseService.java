package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.GetLicenseQuery;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.License;
import io.candypanel.application.port.in.botuser.NoActiveLicenseException;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;

public final class GetLicenseService implements GetLicenseUseCase {
    private final BotUserRepositoryPort botUsers;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;

    public GetLicenseService(BotUserRepositoryPort botUsers, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                             SettingsRepositoryPort settings) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public License license(GetLicenseQuery query) {
        BotUser user = botUsers.findByTelegramId(query.telegramId())
                .orElseThrow(() -> new BotUserNotFoundException(query.telegramId()));
        if (user.isBanned()) {
            // A banned user's peer is off; handing out its keys again would only invite sharing them.
            throw new RuleViolationException("USER_BANNED", "User " + user.telegramId() + " is banned. Please contact support.");
        }
        Client client = user.clientName().flatMap(clients::findByName)
                .orElseThrow(() -> new NoActiveLicenseException(user.telegramId()));
        WgInterface wgInterface = interfaces.findById(client.interfaceId())
                .orElseThrow(() -> new InterfaceNotFoundException(client.interfaceId()));
        return new License(client, ClientConfigRenderer.render(client, wgInterface, settings.load()));
    }
}
