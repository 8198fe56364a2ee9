package io.candypanel.application.service.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

public final class CreateInterfaceService implements CreateInterfaceUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final WgKeyGenerator keys;
    private final KernelApplier kernel;

    public CreateInterfaceService(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings,
                                  WgKeyGenerator keys, KernelApplier kernel) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public InterfaceChange create(CreateInterfaceCommand command) {
        WgKeyPair keyPair = keys.newKeyPair();
        WgInterface created = unitOfWork.inTransaction(() -> {
            List<WgInterface> existing = interfaces.findAll();
            InterfaceRules.requireFreePort(existing, command.listenPort(), null);
            InterfaceRules.requireNoOverlap(existing, command.addressRange(), null);
            command.ipv6Range().ifPresent(range -> InterfaceRules.requireNoIpv6Overlap(existing, range, null));
            WgInterface wgInterface = WgInterface.create(lowestFreeId(existing), keyPair, command.listenPort(),
                    command.addressRange(), settings.load().mtu());
            command.ipv6Range().ifPresent(wgInterface::assignIpv6Range);
            interfaces.insert(wgInterface);
            return wgInterface;
        });
        KernelOutcome outcome = kernel.apply(created.id());
        return new InterfaceChange(created, outcome);
    }

    /** Gaps left by deleted interfaces are reused, as the original did. */
    private static InterfaceId lowestFreeId(List<WgInterface> existing) {
        int candidate = 0;
        for (WgInterface wgInterface : existing) {
            if (wgInterface.id().value() != candidate) {
                break;
            }
            candidate++;
        }
        return new InterfaceId(candidate);
    }
}
