package io.candypanel.examples.embedding;

import io.candypanel.adapter.inmemory.InMemoryStorage;
import io.candypanel.adapter.persistence.Database;
import io.candypanel.adapter.persistence.JdbcAdminAccountRepository;
import io.candypanel.adapter.persistence.JdbcApiTokenRepository;
import io.candypanel.adapter.persistence.JdbcAuditRepository;
import io.candypanel.adapter.persistence.JdbcBotUserRepository;
import io.candypanel.adapter.persistence.JdbcClientRepository;
import io.candypanel.adapter.persistence.JdbcConversationRepository;
import io.candypanel.adapter.persistence.JdbcInterfaceRepository;
import io.candypanel.adapter.persistence.JdbcNoticeStateRepository;
import io.candypanel.adapter.persistence.JdbcSessionRepository;
import io.candypanel.adapter.persistence.JdbcSettingsRepository;
import io.candypanel.adapter.persistence.JdbcTransactionRepository;
import io.candypanel.adapter.persistence.JdbcUnitOfWork;
import io.candypanel.adapter.persistence.PersistenceConfig;
import io.candypanel.application.core.CandyPanelCore;
import io.candypanel.application.core.StoragePorts;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Embeds the CandyPanel core twice, without HTTP, Guice, root or the {@code wg} tools: once on the
 * in-memory storage adapter, once on the real SQLite adapter in a temporary directory. Each run
 * installs the panel, adds an interface and three clients, renders a client's config, runs one sync
 * against a recorded {@code wg show all dump} and prints what happened.
 *
 * <p>Run it with {@code mvn -pl examples/embedding -am verify} (its tests run it) or from the IDE.
 */
public final class EmbeddingExample {
    /** The recording was made at this instant; pinning the clock to it keeps the handshakes recent. */
    static final Instant RECORDED_AT = Instant.parse("2026-01-01T12:00:00Z");
    static final String RECORDING = "/recorded-wg-show-all-dump.txt";

    private EmbeddingExample() {
    }

    /** What one run produced, for the caller (and the tests) to look at. */
    public record Outcome(String storage, String aliceConfig, WgInterface wg0, List<Client> clients, SyncReport sync,
                          List<String> wireGuardCalls) {
        public Client client(String name) {
            return clients.stream().filter(c -> c.name().value().equals(name)).findFirst().orElseThrow();
        }
    }

    public static void main(String[] args) {
        runInMemory(System.out);
        Path directory = createTempDirectory();
        try {
            runOnSqlite(directory, System.out);
        } finally {
            deleteRecursively(directory);
        }
    }

    /** The core on {@code adapter-inmemory}: nothing outlives the run. */
    public static Outcome runInMemory(PrintStream out) {
        return session("in memory", new InMemoryStorage().ports(), out);
    }

    /** The core on {@code adapter-persistence}: SQLite file {@code candypanel.db} in {@code dataDirectory}, migrated at start. */
    public static Outcome runOnSqlite(Path dataDirectory, PrintStream out) {
        Database database = Database.create(new PersistenceConfig(dataDirectory));
        database.start();
        try {
            return session("SQLite " + database.file(), jdbcPorts(database, clock()), out);
        } finally {
            database.close();
        }
    }

    /** Every repository of one database, so that they all join the unit of work's transactions. */
    static StoragePorts jdbcPorts(Database database, Clock clock) {
        return new StoragePorts(new JdbcUnitOfWork(database), new JdbcClientRepository(database),
                new JdbcInterfaceRepository(database, clock), new JdbcSettingsRepository(database),
                new JdbcAdminAccountRepository(database, clock), new JdbcSessionRepository(database),
                new JdbcApiTokenRepository(database), new JdbcAuditRepository(database), new JdbcBotUserRepository(database),
                new JdbcTransactionRepository(database), new JdbcConversationRepository(database),
                new JdbcNoticeStateRepository(database));
    }

    static Clock clock() {
        return Clock.fixed(RECORDED_AT, ZoneOffset.UTC);
    }

    /** What an embedder writes, whatever the storage. */
    static Outcome session(String storageName, StoragePorts storage, PrintStream out) {
        Clock clock = clock();
        RecordedWireGuard wireGuard = RecordedWireGuard.fromResource(RECORDING, clock);
        CandyPanelCore core = CandyPanelCore.builder()
                .storage(storage)
                .wireGuard(wireGuard)
                .clock(clock)
                .build();

        core.installPanel().install(new InstallPanelCommand("vpn.example.com", new ListenPort(51820),
                Ipv4Cidr.parse("10.8.0.1/24"), "1.1.1.1", "admin", "correct-horse-battery", true, Optional.empty()));
        core.createInterface().create(new CreateInterfaceCommand(Ipv4Cidr.parse("10.9.0.1/24"), new ListenPort(51821)));
        Instant expiry = clock.instant().plus(Duration.ofDays(30));
        core.createClient().create(new CreateClientCommand(new ClientName("alice"), expiry, Quota.UNLIMITED, InterfaceId.FIRST, "paid yearly"));
        core.createClient().create(new CreateClientCommand(new ClientName("bob"), expiry, new Quota(1L << 30), InterfaceId.FIRST, "1 GiB trial"));
        core.createClient().create(new CreateClientCommand(new ClientName("carol"), expiry, Quota.UNLIMITED, new InterfaceId(1), ""));
        String config = core.getClientConfig().config(new GetClientConfigQuery(new ClientName("alice")));
        SyncReport report = core.sync().sync();

        var overview = core.panelOverview().overview();
        Outcome outcome = new Outcome(storageName, config, overview.interfaces().get(0), overview.clients(), report,
                wireGuard.calls());
        print(outcome, out);
        return outcome;
    }

    private static void print(Outcome outcome, PrintStream out) {
        out.println("=== CandyPanel core embedded, storage: " + outcome.storage());
        out.println("--- alice.conf");
        out.print(outcome.aliceConfig().replaceAll("(PrivateKey|PresharedKey) = .*", "$1 = (secret, not printed)"));
        SyncReport sync = outcome.sync();
        out.printf("--- sync: %d peers read, %d clients updated, %,d bytes booked, disabled %s%n", sync.peersRead(),
                sync.clientsUpdated(), sync.bytesCounted(), sync.disabled());
        for (Client client : outcome.clients()) {
            out.printf("%-6s %-9s down %,13d B  up %,11d B  %s%s%n", client.name().value(), client.address(),
                    client.usage().download(), client.usage().upload(),
                    client.isEnabled() ? "enabled" : "disabled (" + client.disabledReason().orElseThrow().wireName() + ")",
                    client.isConnectedNow() ? ", connected from " + client.endpoint().orElse("?") : "");
        }
        out.println("--- WireGuard calls: " + outcome.wireGuardCalls());
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("candypanel-embedding-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
