package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.backup.BackupPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The revision of the client list: {@code <epoch>-<changes>}. {@code epoch} is random per built core,
 * so a restart (whose counter starts again at 0) never repeats a revision a poller saw before;
 * {@code changes} counts the writes the panel made that can change what a client list shows.
 *
 * <p>The rule: every write of a client ({@code insert}, {@code update}, a non-empty {@code updateAll},
 * {@code delete}), every deleted interface (it takes its clients with it) and every restored backup
 * counts, once after the write returns and once more when the transaction around it ends. The second
 * count is what makes polling safe: a poller that saw the first one may have read the page before the
 * commit, and the second tells it to read again after. A sync tick that books no traffic and changes no
 * state writes nothing, so an idle panel keeps its revision. Writes that bypass the core (another
 * process on the same database) are not seen.
 *
 * <p>The counter is per core instance, not static: two cores in one JVM have their own.
 */
public final class ClientRevision {
    private final String epoch;
    private final AtomicLong changes = new AtomicLong();

    /** @param epoch identifies this run of the panel, e.g. a few random hex digits */
    public ClientRevision(String epoch) {
        this.epoch = Objects.requireNonNull(epoch, "epoch");
        if (epoch.isEmpty()) {
            throw new IllegalArgumentException("the epoch must not be empty");
        }
    }

    public String current() {
        return epoch + "-" + changes.get();
    }

    void changed() {
        changes.incrementAndGet();
    }

    /** The clients, counting every write. */
    public ClientRepositoryPort tracking(ClientRepositoryPort clients) {
        return new TrackedClients(Objects.requireNonNull(clients, "clients"));
    }

    /** The unit of work, counting once more at the end of a transaction in which something counted. */
    public UnitOfWorkPort tracking(UnitOfWorkPort unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        return new UnitOfWorkPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                long before = changes.get();
                try {
                    return unitOfWork.inTransaction(work);
                } finally {
                    // Also after a rollback: one needless refetch is cheaper than a missed one.
                    if (changes.get() != before) {
                        changed();
                    }
                }
            }
        };
    }

    /** The interfaces, counting deletions (the clients go with them). */
    public InterfaceRepositoryPort tracking(InterfaceRepositoryPort interfaces) {
        Objects.requireNonNull(interfaces, "interfaces");
        return new InterfaceRepositoryPort() {
            @Override
            public Optional<WgInterface> findById(InterfaceId id) {
                return interfaces.findById(id);
            }

            @Override
            public List<WgInterface> findAll() {
                return interfaces.findAll();
            }

            @Override
            public void insert(WgInterface wgInterface) {
                interfaces.insert(wgInterface);
            }

            @Override
            public void update(WgInterface wgInterface) {
                interfaces.update(wgInterface);
            }

            @Override
            public void delete(InterfaceId id) {
                interfaces.delete(id);
                changed();
            }
        };
    }

    /** The backups, counting restores (every client may differ afterwards). */
    public BackupPort tracking(BackupPort backups) {
        Objects.requireNonNull(backups, "backups");
        return new BackupPort() {
            @Override
            public BackupInfo snapshot() {
                return backups.snapshot();
            }

            @Override
            public List<BackupInfo> list() {
                return backups.list();
            }

            @Override
            public Optional<BackupInfo> find(String name) {
                return backups.find(name);
            }

            @Override
            public void restore(String name) {
                try {
                    backups.restore(name);
                } finally {
                    changed();
                }
            }

            @Override
            public int prune(int keep) {
                return backups.prune(keep);
            }
        };
    }

    /** Forwards every call; the writes count after they return. */
    private final class TrackedClients implements ClientRepositoryPort {
        private final ClientRepositoryPort clients;

        TrackedClients(ClientRepositoryPort clients) {
            this.clients = clients;
        }

        @Override
        public Optional<Client> findByName(ClientName name) {
            return clients.findByName(name);
        }

        @Override
        public boolean existsByName(ClientName name) {
            return clients.existsByName(name);
        }

        @Override
        public List<Client> findAll() {
            return clients.findAll();
        }

        @Override
        public List<Client> findOn(InterfaceId interfaceId) {
            return clients.findOn(interfaceId);
        }

        @Override
        public List<Client> findEnabledOn(InterfaceId interfaceId) {
            return clients.findEnabledOn(interfaceId);
        }

        @Override
        public List<Ipv4Address> addressesOn(InterfaceId interfaceId) {
            return clients.addressesOn(interfaceId);
        }

        @Override
        public long count() {
            return clients.count();
        }

        @Override
        public List<Client> findPage(ClientFilter filter, ClientSort sort, long offset, int limit) {
            return clients.findPage(filter, sort, offset, limit);
        }

        @Override
        public long countMatching(ClientFilter filter) {
            return clients.countMatching(filter);
        }

        @Override
        public Map<InterfaceId, Long> countPerInterface() {
            return clients.countPerInterface();
        }

        @Override
        public Map<InterfaceId, Usage> usagePerInterface() {
            return clients.usagePerInterface();
        }

        @Override
        public List<Ipv6Address> ipv6AddressesOn(InterfaceId interfaceId) {
            // Forwarded, not the port's default: the store may answer from an index.
            return clients.ipv6AddressesOn(interfaceId);
        }

        @Override
        public Optional<Client> findByShareToken(String shareToken) {
            return clients.findByShareToken(shareToken);
        }

        @Override
        public void insert(Client client) {
            clients.insert(client);
            changed();
        }

        @Override
        public void update(Client client) {
            clients.update(client);
            changed();
        }

        @Override
        public void updateAll(Collection<Client> many) {
            clients.updateAll(many);
            if (!many.isEmpty()) {
                changed();
            }
        }

        @Override
        public void delete(ClientName name) {
            clients.delete(name);
            changed();
        }
    }
}
