package io.candypanel.adapter.telegram;

import static org.mockito.Mockito.mock;

import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.BotUserRegistration;
import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.License;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.application.port.in.botuser.NoActiveLicenseException;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PlanArithmetic;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The core as the bot sees it, in memory: bot users, conversations, orders, clients and the admin, with
 * the same rules and the same notification calls (after the change, through the bot's
 * {@link NotificationPort}) as the application services. The {@code /cp_*} and overview use cases are
 * Mockito mocks the tests stub and verify. One instance can serve several bots in turn, which is how a
 * restart is tested: the conversations live here, not in the bot.
 */
final class FakeCore {
    static final String CARD_NUMBER = "6037-9911-2233-4455";
    private static final WgInterface WG0 = WgInterface.create(InterfaceId.FIRST, keys(1), new ListenPort(51820),
            Ipv4Cidr.parse("10.0.0.1/24"), new Mtu(1420));

    private final Clock clock;
    private final Object lock = new Object();
    private final AtomicReference<NotificationPort> notifications = new AtomicReference<>();
    /** Guarded by lock, in registration order. */
    private final Map<TelegramId, BotUser> users = new LinkedHashMap<>();
    /** Guarded by lock. */
    private final Map<TelegramId, Conversation> conversations = new LinkedHashMap<>();
    /** Guarded by lock: every remembered step, for assertions. */
    private final List<String> rememberedSteps = new ArrayList<>();
    /** Guarded by lock, in request order. */
    private final Map<String, Transaction> orders = new LinkedHashMap<>();
    /** Guarded by lock. */
    private final Map<ClientName, Client> clients = new LinkedHashMap<>();
    private volatile Optional<TelegramId> admin = Optional.empty();
    private volatile String cardNumber = CARD_NUMBER;
    private volatile PriceList prices = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");
    private int nextHost = 2;

    final CreateClientUseCase createClient = mock(CreateClientUseCase.class);
    final UpdateClientUseCase updateClient = mock(UpdateClientUseCase.class);
    final DeleteClientUseCase deleteClient = mock(DeleteClientUseCase.class);
    final GetClientConfigUseCase getClientConfig = mock(GetClientConfigUseCase.class);
    final CreateInterfaceUseCase createInterface = mock(CreateInterfaceUseCase.class);
    final UpdateInterfaceUseCase updateInterface = mock(UpdateInterfaceUseCase.class);
    final DeleteInterfaceUseCase deleteInterface = mock(DeleteInterfaceUseCase.class);
    final UpdateSettingUseCase updateSetting = mock(UpdateSettingUseCase.class);
    final SyncUseCase sync = mock(SyncUseCase.class);
    final PanelOverviewUseCase panelOverview = mock(PanelOverviewUseCase.class);

    FakeCore(Clock clock) {
        this.clock = clock;
    }

    /** Where the core's notifications go: the bot under test (bootstrap's relay does the same). */
    void notifyThrough(NotificationPort port) {
        notifications.set(port);
    }

    void setAdmin(long id) {
        admin = Optional.of(new TelegramId(id));
    }

    void clearAdmin() {
        admin = Optional.empty();
    }

    void setCardNumber(String number) {
        cardNumber = number;
    }

    void setPrices(String json) {
        prices = PriceList.parse(json);
    }

    Optional<BotUser> user(long id) {
        synchronized (lock) {
            return Optional.ofNullable(users.get(new TelegramId(id)));
        }
    }

    Optional<Conversation> conversation(long id) {
        synchronized (lock) {
            return Optional.ofNullable(conversations.get(new TelegramId(id)));
        }
    }

    List<String> rememberedSteps() {
        synchronized (lock) {
            return List.copyOf(rememberedSteps);
        }
    }

    Optional<Transaction> order(String id) {
        synchronized (lock) {
            return Optional.ofNullable(orders.get(id));
        }
    }

    Optional<Client> client(String name) {
        synchronized (lock) {
            return Optional.ofNullable(clients.get(new ClientName(name)));
        }
    }

    /** Adds a client (e.g. one the user bought earlier) and links it to the user. */
    Client giveClient(long userId, Client client) {
        synchronized (lock) {
            BotUser user = registered(new TelegramId(userId));
            clients.put(client.name(), client);
            user.linkClient(client.name());
            return client;
        }
    }

    /** A pending order placed directly in the store (as if submitted earlier). */
    void placeOrder(Transaction order) {
        synchronized (lock) {
            registered(order.telegramId());
            orders.put(order.orderId().value(), order);
        }
    }

    static String configOf(Client client) {
        return ClientConfigRenderer.render(client, WG0, Settings.defaults());
    }

    /** A client on wg0 with fresh keys. */
    Client newClient(String name, Instant expiresAt, Quota quota) {
        synchronized (lock) {
            int host = nextHost++;
            return Client.create(new ClientName(name), InterfaceId.FIRST, keys(host * 3), keys(host * 3 + 1).publicKey(),
                    new Ipv4Address((10 << 24) | host), clock.instant(), expiresAt, quota, "");
        }
    }

    TelegramUseCases useCases() {
        return new TelegramUseCases(
                command -> {
                    synchronized (lock) {
                        boolean known = users.containsKey(command.telegramId());
                        return new BotUserRegistration(registered(command.telegramId()), !known);
                    }
                },
                command -> {
                    synchronized (lock) {
                        BotUser user = existing(command.telegramId());
                        user.changeLanguage(command.language());
                        return user;
                    }
                },
                query -> {
                    synchronized (lock) {
                        BotUser user = existing(query.telegramId());
                        user.requireCanOrder();
                        Client client = user.clientName().map(clients::get)
                                .orElseThrow(() -> new NoActiveLicenseException(query.telegramId()));
                        return new License(client, configOf(client));
                    }
                },
                query -> {
                    synchronized (lock) {
                        BotUser user = existing(query.telegramId());
                        return new AccountStatus(user, user.clientName().map(clients::get));
                    }
                },
                command -> {
                    BotUser user;
                    synchronized (lock) {
                        user = existing(command.telegramId());
                    }
                    TelegramId adminId = admin.orElseThrow(() -> new RuleViolationException("SUPPORT_UNAVAILABLE",
                            "Support is unavailable: the bot admin's Telegram id is not set."));
                    boolean delivered = notifications.get().supportRequested(user.telegramId(), user.clientName(), command.message());
                    return new SupportCall(user.telegramId(), user.clientName(), command.message(), adminId, delivered);
                },
                telegramId -> {
                    synchronized (lock) {
                        return Optional.ofNullable(conversations.get(telegramId));
                    }
                },
                command -> {
                    synchronized (lock) {
                        if (command.conversation().isPresent()) {
                            conversations.put(command.telegramId(), command.conversation().get());
                            rememberedSteps.add(command.conversation().get().step());
                        } else {
                            conversations.remove(command.telegramId());
                            rememberedSteps.add("(end)");
                        }
                    }
                },
                query -> {
                    synchronized (lock) {
                        existing(query.telegramId()).requireCanOrder();
                        return new PurchaseOptions(cardNumber, prices);
                    }
                },
                query -> {
                    synchronized (lock) {
                        existing(query.telegramId()).requireCanOrder();
                        return prices.priceOf(query.purchase());
                    }
                },
                command -> {
                    Transaction order;
                    synchronized (lock) {
                        existing(command.telegramId()).requireCanOrder();
                        if (orders.containsKey(command.orderId().value())) {
                            throw new RuleViolationException("ORDER_ID_TAKEN", "Order id " + command.orderId() + " was already used.");
                        }
                        order = Transaction.create(command.orderId(), command.telegramId(), command.purchase(), prices,
                                command.cardText(), clock.instant());
                        orders.put(order.orderId().value(), order);
                    }
                    notifications.get().orderPlaced(order);
                    return order;
                },
                telegramId -> new BotAdminCheck(admin.filter(telegramId::equals).isPresent(), admin),
                () -> {
                    synchronized (lock) {
                        return List.copyOf(users.values());
                    }
                },
                this::manage,
                command -> {
                    List<TelegramId> recipients;
                    synchronized (lock) {
                        recipients = users.values().stream().filter(BotUser::canOrder).map(BotUser::telegramId).toList();
                    }
                    boolean queued = !recipients.isEmpty() && notifications.get().broadcast(recipients, command.message());
                    return new Broadcast(recipients, command.message(), queued);
                },
                query -> {
                    synchronized (lock) {
                        List<Transaction> matching = new ArrayList<>(orders.values().stream()
                                .filter(order -> query.status().map(status -> status == order.status()).orElse(true))
                                .toList());
                        Collections.reverse(matching);
                        List<Transaction> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
                        return new OrderPage(page, matching.size());
                    }
                },
                command -> {
                    ApprovedOrder approved;
                    synchronized (lock) {
                        Transaction order = existingOrder(command.orderId().value());
                        order.requirePending();
                        BotUser buyer = existing(order.telegramId());
                        buyer.requireCanOrder();
                        Optional<Client> linked = buyer.clientName().map(clients::get);
                        Client client;
                        boolean created = linked.isEmpty();
                        if (created) {
                            PlanArithmetic.PlanResult plan = PlanArithmetic.forNewClient(order.purchase(), clock.instant());
                            client = newClient("tguser_" + buyer.telegramId(), plan.expiresAt(), plan.quota());
                            clients.put(client.name(), client);
                            buyer.linkClient(client.name());
                        } else {
                            client = linked.get();
                            PlanArithmetic.PlanResult plan = PlanArithmetic.forExistingClient(order.purchase(), clock.instant(),
                                    new PlanArithmetic.CurrentPlan(client.expiresAt(), client.quota(), client.usage().total()));
                            client.changeExpiry(plan.expiresAt());
                            client.changeQuota(plan.quota());
                        }
                        buyer.recordPurchase(order.purchase());
                        order.approve(clock.instant(), command.adminNote());
                        approved = new ApprovedOrder(order, buyer, client, created, configOf(client), KernelOutcome.applied("peer added"));
                    }
                    notifications.get().orderApproved(approved.transaction(), approved.client(), approved.config());
                    return approved;
                },
                command -> {
                    Transaction order;
                    synchronized (lock) {
                        order = existingOrder(command.orderId().value());
                        order.reject(clock.instant(), command.adminNote());
                    }
                    notifications.get().orderRejected(order);
                    return order;
                },
                panelOverview,
                createClient,
                updateClient,
                deleteClient,
                getClientConfig,
                createInterface,
                updateInterface,
                deleteInterface,
                updateSetting,
                sync);
    }

    private ManagedBotUser manage(ManageBotUserCommand command) {
        synchronized (lock) {
            BotUser user = existing(command.telegramId());
            Optional<Client> client = user.clientName().map(clients::get);
            switch (command.action()) {
                case BAN -> user.ban();
                case UNBAN -> user.unban();
                case UPDATE_TRAFFIC -> client.ifPresent(c -> c.changeQuota(new Quota(command.mebibytes() << 20)));
                case UPDATE_TIME -> client.ifPresent(c ->
                        c.changeExpiry(clock.instant().plus(Duration.ofDays(command.days().orElseThrow()))));
            }
            return new ManagedBotUser(user, client, KernelOutcome.applied("ok"));
        }
    }

    /** Guarded by lock (callers hold it). */
    private BotUser registered(TelegramId id) {
        return users.computeIfAbsent(id, newId -> BotUser.create(newId, clock.instant()));
    }

    /** Guarded by lock (callers hold it). */
    private BotUser existing(TelegramId id) {
        BotUser user = users.get(id);
        if (user == null) {
            throw new BotUserNotFoundException(id);
        }
        return user;
    }

    /** Guarded by lock (callers hold it). */
    private Transaction existingOrder(String id) {
        Transaction order = orders.get(id);
        if (order == null) {
            throw new TransactionNotFoundException(new OrderId(id));
        }
        return order;
    }

    private static WgKeyPair keys(int seed) {
        byte[] privateKey = new byte[32];
        byte[] publicKey = new byte[32];
        for (int i = 0; i < 32; i++) {
            privateKey[i] = (byte) (seed * 31 + i);
            publicKey[i] = (byte) (seed * 17 + i * 3);
        }
        return new WgKeyPair(WgKey.ofBytes(privateKey), WgKey.ofBytes(publicKey));
    }
}
