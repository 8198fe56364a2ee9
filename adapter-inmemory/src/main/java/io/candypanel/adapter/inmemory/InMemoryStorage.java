package io.candypanel.adapter.inmemory;

import io.candypanel.application.core.StoragePorts;

/**
 * A complete CandyPanel store in memory: every repository port and a {@link io.candypanel.application.port.out.UnitOfWorkPort}
 * with real transaction semantics, for embedding the core without a database and for tests.
 *
 * <pre>{@code
 * InMemoryStorage storage = new InMemoryStorage();
 * CandyPanelCore core = CandyPanelCore.builder().storage(storage.ports()).wireGuard(wireGuard).build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Transactions.</b> One writer at a time; a transaction sees its own writes and nobody else
 *       does until it commits; an exception inside it rolls back everything it wrote and is rethrown
 *       unchanged; a nested unit is a savepoint. A repository write outside a transaction is its own
 *       small transaction, so a batch ({@code updateAll}, {@code saveAll}) is all or nothing.</li>
 *   <li><b>Constraints.</b> The same as the SQL schema of {@code adapter-persistence}: unique names,
 *       keys, ports, addresses per interface, share tokens, token hashes and linked client names;
 *       a client needs its interface, and orders, conversations and notice states need their bot
 *       user; deleting an interface deletes its clients. A broken constraint throws an
 *       {@link IllegalStateException} and keeps nothing of the call.</li>
 *   <li><b>Copies.</b> Loaded aggregates are copies: a change is stored only when it is saved.</li>
 *   <li><b>Threads.</b> Safe for any number of threads. Reads outside a transaction never wait.</li>
 * </ul>
 *
 * Nothing is persisted: the data lives as long as this object.
 */
public final class InMemoryStorage {
    private final StoragePorts ports;

    /** An empty store: no interfaces, clients or users, every setting at its default, not installed. */
    public InMemoryStorage() {
        Store store = new Store();
        this.ports = new StoragePorts(
                new InMemoryUnitOfWork(store),
                new InMemoryClientRepository(store),
                new InMemoryInterfaceRepository(store),
                new InMemorySettingsRepository(store),
                new InMemoryAdminAccountRepository(store),
                new InMemorySessionRepository(store),
                new InMemoryApiTokenRepository(store),
                new InMemoryAuditRepository(store),
                new InMemoryBotUserRepository(store),
                new InMemoryTransactionRepository(store),
                new InMemoryConversationRepository(store),
                new InMemoryNoticeStateRepository(store));
    }

    /**
     * The unit of work and every repository of this store, for {@code CandyPanelCore.Builder.storage}.
     *
     * @return the same ports on every call
     */
    public StoragePorts ports() {
        return ports;
    }
}
