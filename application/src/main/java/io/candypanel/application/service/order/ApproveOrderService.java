package io.candypanel.application.service.order;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.client.ClientNameTakenException;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.IpAllocator;
import io.candypanel.domain.network.Ipv6Allocator;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.transaction.PlanArithmetic;
import io.candypanel.domain.transaction.PlanArithmetic.CurrentPlan;
import io.candypanel.domain.transaction.PlanArithmetic.PlanResult;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

public final class ApproveOrderService implements ApproveOrderUseCase {
    private static final System.Logger LOG = System.getLogger(ApproveOrderService.class.getName());

    private final UnitOfWorkPort unitOfWork;
    private final TransactionRepositoryPort transactions;
    private final BotUserRepositoryPort botUsers;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final WgKeyGenerator keys;
    private final KernelApplier kernel;
    private final NotificationPort notifications;
    private final Clock clock;

    public ApproveOrderService(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions, BotUserRepositoryPort botUsers,
                               ClientRepositoryPort clients, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings,
                               WgKeyGenerator keys, KernelApplier kernel, NotificationPort notifications, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ApprovedOrder approve(DecideOrderCommand command) {
        Instant now = clock.instant();
        // Key generation needs no lock; keep the write transaction short (unused if the client exists).
        WgKeyPair keyPair = keys.newKeyPair();
        WgKey presharedKey = keys.newPresharedKey();
        Approved approved = unitOfWork.inTransaction(() -> {
            Transaction order = transactions.findByOrderId(command.orderId())
                    .orElseThrow(() -> new TransactionNotFoundException(command.orderId()));
            order.requirePending();
            BotUser user = botUsers.findByTelegramId(order.telegramId())
                    .orElseThrow(() -> new BotUserNotFoundException(order.telegramId()));
            user.requireCanOrder();
            Settings stored = settings.load();
            Purchase purchase = order.purchase();
            Optional<Client> linked = user.clientName().flatMap(clients::findByName);
            Client client;
            boolean peerAdded;
            if (linked.isPresent()) {
                client = linked.get();
                boolean wasEnabled = client.isEnabled();
                PlanResult plan = PlanArithmetic.forExistingClient(purchase, now,
                        new CurrentPlan(client.expiresAt(), client.quota(), client.usage().total()));
                client.changeExpiry(plan.expiresAt());
                client.changeQuota(plan.quota());
                DisabledReason reason = client.disabledReason().orElse(null);
                if (!wasEnabled && (reason == DisabledReason.EXPIRED || reason == DisabledReason.QUOTA)
                        && !client.isExpired(now) && !client.isOverQuota()) {
                    client.enable(now);
                }
                clients.update(client);
                peerAdded = !wasEnabled && client.isEnabled();
            } else {
                PlanResult plan = PlanArithmetic.forNewClient(purchase, now);
                InterfaceId interfaceId = new InterfaceId(Integer.parseInt(stored.get(SettingKey.BOT_DEFAULT_INTERFACE)));
                WgInterface wgInterface = interfaces.findById(interfaceId)
                        .orElseThrow(() -> new InterfaceNotFoundException(interfaceId));
                client = Client.create(freeName(user, now), interfaceId, keyPair, presharedKey,
                        IpAllocator.lowestFree(wgInterface.addressRange(), clients.addressesOn(interfaceId)), now,
                        plan.expiresAt(), plan.quota(), "Bot User: " + user.telegramId() + " - Order: " + order.orderId());
                Client created = client;
                wgInterface.ipv6Range().ifPresent(range ->
                        created.assignIpv6Address(Ipv6Allocator.lowestFree(range, clients.ipv6AddressesOn(interfaceId))));
                clients.insert(client);
                peerAdded = true;
            }
            user.linkClient(client.name());
            user.recordPurchase(purchase);
            botUsers.update(user);
            order.approve(now, command.adminNote());
            transactions.update(order);
            WgInterface wgInterface = interfaces.findById(client.interfaceId())
                    .orElseThrow(() -> new IllegalStateException("the interface of client " + client.name() + " is gone"));
            return new Approved(order, user, client, linked.isEmpty(), peerAdded, wgInterface, stored);
        });
        KernelOutcome outcome = approved.peerAdded()
                ? kernel.addPeer(approved.client())
                : KernelOutcome.applied("No WireGuard change was needed.");
        String config = ClientConfigRenderer.render(approved.client(), approved.wgInterface(), approved.settings());
        try {
            notifications.orderApproved(approved.order(), approved.client(), config);
        } catch (RuntimeException e) {
            // The approval is committed and the buyer can fetch the config with get_license.
            LOG.log(System.Logger.Level.WARNING, "Could not tell the buyer of order " + approved.order().orderId()
                    + " about the approval: " + e.getMessage());
        }
        return new ApprovedOrder(approved.order(), approved.buyer(), approved.client(), approved.created(), config, outcome);
    }

    /** {@code tguser_<id>}, or {@code tguser_<id>_<epoch seconds>} when an unrelated client has that name. */
    private ClientName freeName(BotUser user, Instant now) {
        ClientName name = new ClientName("tguser_" + user.telegramId());
        if (!clients.existsByName(name)) {
            return name;
        }
        ClientName stamped = new ClientName("tguser_" + user.telegramId() + "_" + now.getEpochSecond());
        if (clients.existsByName(stamped)) {
            throw new ClientNameTakenException(stamped);
        }
        return stamped;
    }

    private record Approved(Transaction order, BotUser buyer, Client client, boolean created, boolean peerAdded, WgInterface wgInterface,
                            Settings settings) {
    }
}
