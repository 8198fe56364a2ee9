package io.candypanel.application.service.audit;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import io.candypanel.application.fakes.InMemoryAuditRepository;
import io.candypanel.application.port.in.audit.AuditPage;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditLogServiceTest {
    private final InMemoryAuditRepository audit = new InMemoryAuditRepository();
    private final AuditLogService service = new AuditLogService(audit);

    /** Entry n was made n seconds after NOW, so a higher n is newer. */
    private static AuditEntry entry(int n) {
        return new AuditEntry(NOW.plusSeconds(n), "admin:root", "client.update", "client-" + n, "change " + n);
    }

    private void record(int count) {
        IntStream.rangeClosed(1, count).forEach(n -> service.record(entry(n)));
    }

    private static List<String> targets(AuditPage page) {
        return page.entries().stream().map(AuditEntry::target).toList();
    }

    @Test
    void recordStoresTheEntry() {
        service.record(entry(1));
        assertEquals(1, audit.count());
        assertEquals(List.of(entry(1)), audit.page(0, 10));
        assertThrows(NullPointerException.class, () -> service.record(null));
        assertEquals(1, audit.count());
    }

    @Test
    void theFirstPageHoldsTheNewestEntries() {
        record(5);

        AuditPage page = service.list(1, 2);

        assertEquals(List.of("client-5", "client-4"), targets(page));
        assertEquals(1, page.page());
        assertEquals(2, page.size());
        assertEquals(5, page.total());
    }

    @Test
    void laterPagesContinueNewestFirstAndTheLastMayBeShort() {
        record(5);
        assertEquals(List.of("client-3", "client-2"), targets(service.list(2, 2)));
        assertEquals(List.of("client-1"), targets(service.list(3, 2)));
        AuditPage beyond = service.list(4, 2);
        assertEquals(List.of(), beyond.entries());
        assertEquals(5, beyond.total(), "the total is known even past the end");
    }

    @Test
    void entriesRecordedOutOfOrderAreStillListedNewestFirst() {
        service.record(entry(2));
        service.record(entry(9));
        service.record(entry(5));
        assertEquals(List.of("client-9", "client-5", "client-2"), targets(service.list(1, 10)));
    }

    @Test
    void anEmptyLogIsAnEmptyPage() {
        AuditPage page = service.list(1, 50);
        assertEquals(List.of(), page.entries());
        assertEquals(0, page.total());
    }

    @Test
    void thePageIsPassedToThePortAsOffsetAndLimitAndItsOrderIsKept() {
        AuditRepositoryPort port = mock(AuditRepositoryPort.class);
        List<AuditEntry> fromPort = List.of(entry(3), entry(7), entry(1));   // the port's order is the answer
        given(port.page(40, 20)).willReturn(fromPort);
        given(port.count()).willReturn(1234L);

        AuditPage page = new AuditLogService(port).list(3, 20);

        assertEquals(fromPort, page.entries());
        assertEquals(1234L, page.total());
        then(port).should().page(40, 20);
    }

    @Test
    void theLimitsOfAPageSizeAreOneAnd500() {
        assertEquals(500, AuditLogService.MAX_PAGE_SIZE);
        record(3);
        assertEquals(3, service.list(1, 500).entries().size());
        assertEquals(1, service.list(1, 1).entries().size());
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "-1, 10", "1, 0", "1, -5", "1, 501", "1, 2147483647", "-2147483648, 1"})
    void invalidPagingIsAValidationError(int page, int size) {
        AuditRepositoryPort port = mock(AuditRepositoryPort.class);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AuditLogService(port).list(page, size));
        assertEquals("VALIDATION_FAILED", e.code());
        then(port).should(never()).page(anyInt(), anyInt());
    }

    @Test
    void aPageSoFarThatItsOffsetOverflowsIsRefusedNotWrappedAround() {
        AuditRepositoryPort port = mock(AuditRepositoryPort.class);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new AuditLogService(port).list(Integer.MAX_VALUE, 500));
        assertEquals("VALIDATION_FAILED", e.code());
        then(port).should(never()).page(anyInt(), anyInt());
    }
}
