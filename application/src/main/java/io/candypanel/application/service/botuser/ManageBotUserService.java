package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Admin actions on a bot user and its linked client. Each runs as {@code UpdateClientService} does for a
 * peer change: traffic booked first and the kernel lock held, one unit of work for the database, then the
 * peer added or removed after commit.
 */
public final class ManageBotUserService implements ManageBotUserUseCase {
    private static final long BYTES_PER_MIB = 1L << 20;

    private final UnitOfWorkPort unitOfWork;
    private final BotUserRepositoryPort botUsers;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;
    private final Clock clock;

    public ManageBotUserService(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, ClientRepositoryPort clients,
                                KernelApplier kernel, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ManagedBotUser manage(ManageBotUserCommand command) {
        return switch (command.action()) {
            case BAN -> ban(command.telegramId());
            case UNBAN -> unban(command.telegramId());
            case UPDATE_TRAFFIC -> updateTraffic(command);
            case UPDATE_TIME -> updateTime(command);
        };
    }

    private ManagedBotUser ban(TelegramId telegramId) {
        return change(telegramId, (user, client) -> {
            user.ban();
            client.ifPresent(c -> {
                if (c.isEnabled()) {
                    c.disable(DisabledReason.BANNED);
                }
            });
        });
    }

    private ManagedBotUser unban(TelegramId telegramId) {
        Instant now = clock.instant();
        return change(telegramId, (user, client) -> {
            user.unban();
            client.ifPresent(c -> {
                if (!c.isEnabled() && c.disabledReason().orElse(null) == DisabledReason.BANNED) {
                    if (c.isExpired(now)) {
                        c.disable(DisabledReason.EXPIRED);
                    } else if (c.isOverQuota()) {
                        c.disable(DisabledReason.QUOTA);
                    } else {
                        c.enable(now);
                    }
                }
            });
        });
    }

    private ManagedBotUser updateTraffic(ManageBotUserCommand command) {
        Instant now = clock.instant();
        return change(command.telegramId(), (user, client) -> {
            client.ifPresent(c -> {
                c.changeQuota(new Quota(command.mebibytes() * BYTES_PER_MIB));
                reenableIfFixed(user, c, now);
            });
        }, command.mebibytes(), null);
    }

    private ManagedBotUser updateTime(ManageBotUserCommand command) {
        Instant now = clock.instant();
        return change(command.telegramId(), (user, client) -> {
            client.ifPresent(c -> {
                c.changeExpiry(now.plus(Duration.ofDays(command.days().orElseThrow())));
                reenableIfFixed(user, c, now);
            });
        }, null, command.days().orElseThrow());
    }

    /** A client disabled only by its limits is enabled again once they allow it (never for a banned user). */
    private static void reenableIfFixed(BotUser user, Client client, Instant now) {
        DisabledReason reason = client.disabledReason().orElse(null);
        if (!client.isEnabled() && !user.isBanned()
                && (reason == DisabledReason.EXPIRED || reason == DisabledReason.QUOTA)
                && !client.isExpired(now) && !client.isOverQuota()) {
            client.enable(now);
        }
    }

    private ManagedBotUser change(TelegramId telegramId, BiConsumer<BotUser, Optional<Client>> action) {
        return change(telegramId, action, null, null);
    }

    /** {@code trafficMib} / {@code days}: when not null, the user's counters are set to them. */
    private ManagedBotUser change(TelegramId telegramId, BiConsumer<BotUser, Optional<Client>> action, Long trafficMib,
                                  Long days) {
        return kernel.withCountersBooked(() -> {
            Changed changed = unitOfWork.inTransaction(() -> {
                BotUser found = botUsers.findByTelegramId(telegramId).orElseThrow(() -> new BotUserNotFoundException(telegramId));
                BotUser user = trafficMib == null && days == null ? found : withCounters(found,
                        trafficMib == null ? found.trafficBoughtMib() : trafficMib,
                        days == null ? found.daysBought() : days);
                Optional<Client> client = user.clientName().flatMap(clients::findByName);
                boolean wasEnabled = client.map(Client::isEnabled).orElse(false);
                action.accept(user, client);
                botUsers.update(user);
                client.ifPresent(clients::update);
                boolean peerChanged = client.map(c -> c.isEnabled() != wasEnabled).orElse(false);
                return new Changed(user, client, peerChanged);
            });
            KernelOutcome outcome = KernelOutcome.applied("No WireGuard change was needed.");
            if (changed.peerChanged()) {
                Client c = changed.client().orElseThrow();
                outcome = c.isEnabled() ? kernel.addPeer(c) : kernel.removePeer(c.interfaceId(), c.keys().publicKey());
            }
            return new ManagedBotUser(changed.user(), changed.client(), outcome);
        });
    }

    /** The aggregate has no setter for its counters (purchases only add); the admin's override rebuilds it. */
    private static BotUser withCounters(BotUser user, long trafficMib, long days) {
        return BotUser.restore(user.telegramId(), user.clientName(), trafficMib, days, user.status(), user.language(),
                user.createdAt());
    }

    private record Changed(BotUser user, Optional<Client> client, boolean peerChanged) {
    }
}
