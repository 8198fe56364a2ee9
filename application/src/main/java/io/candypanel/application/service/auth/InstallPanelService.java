package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.AlreadyInstalledException;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.SetupTokenRequiredException;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.application.port.out.auth.SetupTokenPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class InstallPanelService implements InstallPanelUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final SettingsRepositoryPort settings;
    private final InterfaceRepositoryPort interfaces;
    private final AdminAccountRepositoryPort admins;
    private final PasswordHasherPort passwordHasher;
    private final SetupTokenPort setupToken;
    private final WgKeyGenerator keys;
    private final KernelApplier kernel;

    public InstallPanelService(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, InterfaceRepositoryPort interfaces,
                               AdminAccountRepositoryPort admins, PasswordHasherPort passwordHasher, SetupTokenPort setupToken,
                               WgKeyGenerator keys, KernelApplier kernel) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
        this.setupToken = Objects.requireNonNull(setupToken, "setupToken");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public KernelOutcome install(InstallPanelCommand command) {
        if (settings.load().isInstalled()) {
            throw new AlreadyInstalledException();
        }
        // Before installation anyone who reaches the port could take the panel over; only this
        // machine, or someone who can read the setup token, may install.
        if (!command.fromLoopback() && !command.setupToken().map(setupToken::matches).orElse(false)) {
            throw new SetupTokenRequiredException();
        }
        String serverHost = SettingKey.SERVER_IP.validate(command.serverHost());
        String dns = SettingKey.DNS.validate(command.dns());
        Optional<String> ipv6Dns = command.ipv6Dns().map(SettingKey.IPV6_DNS::validate);
        // Hashing is deliberately slow: do it before taking the write lock.
        PasswordHash passwordHash = passwordHasher.hash(command.adminPassword());
        WgInterface firstInterface = unitOfWork.inTransaction(() -> {
            Settings current = settings.load();
            if (current.isInstalled()) {
                throw new AlreadyInstalledException();
            }
            WgInterface wg0 = WgInterface.create(InterfaceId.FIRST, keys.newKeyPair(), command.wgPort(),
                    command.addressRange(), current.mtu());
            command.ipv6Range().ifPresent(wg0::assignIpv6Range);
            interfaces.insert(wg0);
            admins.save(new AdminAccount(command.adminUser(), passwordHash));
            settings.saveAll(Map.of(
                    SettingKey.SERVER_IP, serverHost,
                    SettingKey.CUSTOM_ENDPOINT, serverHost,
                    SettingKey.DNS, dns,
                    SettingKey.INSTALLED, "1"));
            ipv6Dns.ifPresent(value -> settings.saveAll(Map.of(SettingKey.IPV6_DNS, value)));
            return wg0;
        });
        setupToken.discard();
        return kernel.apply(firstInterface.id());
    }
}
