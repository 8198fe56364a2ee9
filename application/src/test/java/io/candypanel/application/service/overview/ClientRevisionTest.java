package io.candypanel.application.service.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.port.in.overview.PanelSummary;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientRevisionTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private final ClientRevision revision = new ClientRevision("abc");
    private final InMemoryClientRepository stored = new InMemoryClientRepository();
    private final ClientRepositoryPort clients = revision.tracking(stored);
    private final UnitOfWorkPort unitOfWork = revision.tracking(new DirectUnitOfWork());

    private static Client client(String name, int host) {
        return Client.create(new ClientName(name), InterfaceId.FIRST, KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0." + host), NOW, NOW.plus(Duration.ofDays(30)), Quota.UNLIMITED, "");
    }

    @Test
    void startsAtZeroAndReadsChangeNothing() {
        assertEquals("abc-0", revision.current());
        clients.findAll();
        clients.findPage(ClientFilter.all(NOW), ClientSort.BY_NAME, 0, 10);
        clients.countMatching(ClientFilter.all(NOW));
        clients.countPerInterface();
        clients.usagePerInterface();
        clients.updateAll(List.of());
        unitOfWork.inTransaction(clients::count);
        assertEquals("abc-0", revision.current());
    }

    @Test
    void theCountingAndSummingReadsAreForwardedToTheStore() {
        stored.insert(client("alice", 2));
        Client bob = client("bob", 3);
        bob.recordCounters(new KernelCounters(7, 40));
        stored.insert(bob);

        assertEquals(Map.of(InterfaceId.FIRST, 2L), clients.countPerInterface());
        assertEquals(Map.of(InterfaceId.FIRST, new Usage(40, 7)), clients.usagePerInterface());
        assertEquals("abc-0", revision.current());
    }

    @Test
    void everyWriteMovesItAndATransactionThatWroteMovesItOnceMoreAtTheEnd() {
        clients.insert(client("alice", 2));
        assertEquals("abc-1", revision.current());
        Client alice = stored.findByName(new ClientName("alice")).orElseThrow();
        clients.update(alice);
        clients.updateAll(List.of(alice));
        clients.delete(alice.name());
        assertEquals("abc-4", revision.current());

        unitOfWork.run(() -> clients.insert(client("bob", 3)));
        assertEquals("abc-6", revision.current(), "the write, then the end of its transaction (the commit)");
    }

    @Test
    void aTransactionThatFailsAfterAWriteStillMovesIt() {
        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            clients.insert(client("alice", 2));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals("abc-2", revision.current());
    }

    @Test
    void theSummaryCountsAndCarriesTheRevisionAndTheLastSyncsEnd() {
        clients.insert(client("alice", 2));
        Client bob = client("bob", 3);
        bob.disable(io.candypanel.domain.client.DisabledReason.BANNED);
        clients.insert(bob);
        SyncReport report = new SyncReport(NOW.minusSeconds(10), 1500, 0, 0, 0, List.of(), 0, List.of(), List.of());
        PanelSummaryService service = new PanelSummaryService(unitOfWork, clients, revision, () -> Optional.of(report),
                Clock.fixed(NOW, ZoneOffset.UTC));

        PanelSummary summary = service.summary();

        assertEquals(new PanelSummary(2, 1, 0, Optional.of(NOW.minusSeconds(10).plusMillis(1500)), "abc-2"), summary);
        assertEquals(summary, service.summary(), "polling changes nothing");
        clients.delete(bob.name());
        assertNotEquals(summary.revision(), service.summary().revision());
    }
}
