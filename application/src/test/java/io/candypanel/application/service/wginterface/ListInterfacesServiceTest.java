package io.candypanel.application.service.wginterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.wginterface.InterfaceListing;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListInterfacesServiceTest {
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final ListInterfacesService service = new ListInterfacesService(unitOfWork, interfaces, clients);

    @BeforeEach
    void setUp() {
        // Inserted out of order: the list is by id whatever the insertion order.
        interfaces.insert(TestData.wgInterface(2, "10.2.0.1/24", 51822));
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(TestData.wgInterface(1, "10.1.0.1/24", 51821));
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.disabledClient("bob", 0, "10.0.0.3", DisabledReason.BANNED));
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.4", DisabledReason.EXPIRED));
        clients.insert(TestData.enabledClient("dave", 1, "10.1.0.2"));
    }

    private static List<String> summary(List<InterfaceListing> listings) {
        return listings.stream().map(l -> l.wgInterface().name() + "=" + l.clientCount()).toList();
    }

    @Test
    void listsEveryInterfaceByIdWithItsClientsDisabledOnesIncludedAndZeroForNone() {
        List<InterfaceListing> listed = service.list();

        assertEquals(List.of("wg0=3", "wg1=1", "wg2=0"), summary(listed));
        assertEquals(interfaces.findAll().stream().map(WgInterface::addressRange).toList(),
                listed.stream().map(l -> l.wgInterface().addressRange()).toList(), "the stored interfaces themselves");
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void theCountsFollowTheStore() {
        clients.delete(new ClientName("dave"));
        clients.insert(TestData.enabledClient("erin", 2, "10.2.0.2"));

        assertEquals(List.of("wg0=3", "wg1=0", "wg2=1"), summary(service.list()));
    }

    @Test
    void noInterfacesIsAnEmptyList() {
        InMemoryClientRepository none = new InMemoryClientRepository();

        assertEquals(List.of(), new ListInterfacesService(unitOfWork, new InMemoryInterfaceRepository(none), none).list());
    }

    @Test
    void countsWithOneGroupedQueryInsideTheTransactionAndNeverLoadsAClient() {
        AtomicBoolean open = new AtomicBoolean();
        UnitOfWorkPort watched = new UnitOfWorkPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                open.set(true);
                try {
                    return work.get();
                } finally {
                    open.set(false);
                }
            }
        };
        ClientRepositoryPort counting = mock(ClientRepositoryPort.class);
        given(counting.countPerInterface()).willAnswer(call -> {
            assertTrue(open.get(), "counted outside the transaction");
            return Map.of(new InterfaceId(1), 10_000L);
        });

        List<InterfaceListing> listed = new ListInterfacesService(watched, interfaces, counting).list();

        assertEquals(List.of("wg0=0", "wg1=10000", "wg2=0"), summary(listed));
        verify(counting).countPerInterface();
        verifyNoMoreInteractions(counting);
    }
}
