package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientRowMapperTest {

    @Test
    void aNewClientMapsToARowWithNullOptionalColumnsAndBack() {
        Client client = Fixtures.client("alice", 0);

        ClientRow row = ClientRowMapper.toRow(client);

        assertEquals("10.0.0.2", row.ipv4Address());
        assertEquals(Fixtures.T0.toEpochMilli(), row.createdAt());
        assertNull(row.disabledReason());
        assertNull(row.lastHandshakeAt());
        assertNull(row.endpoint());
        assertNull(row.shareToken());
        assertNull(row.ipv6Address());
        JdbcClientRepositoryIT.assertSameClient(client, ClientRowMapper.toDomain(row));
    }

    @Test
    void anIpv6AddressIsStoredAsItsCanonicalTextAndReadBack() {
        Client client = Fixtures.client("alice", 0);
        client.assignIpv6Address(Ipv6Address.parse("FD42:0042:0042:0000:0000:0000:0000:0002"));

        ClientRow row = ClientRowMapper.toRow(client);

        assertEquals("fd42:42:42::2", row.ipv6Address());
        assertTrue(row.toString().contains("fd42:42:42::2"), row.toString());
        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::2")), ClientRowMapper.toDomain(row).ipv6Address());
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Client client = Client.restore(new ClientName("bob"), new InterfaceId(3), Fixtures.keyPair(1), Fixtures.key(3, 1),
                Ipv4Address.parse("192.168.77.254"), Instant.ofEpochMilli(1), Instant.ofEpochMilli(2), new Quota(3),
                new Usage(4, 5), new KernelCounters(6, 7), "n", false, DisabledReason.EXPIRED, Instant.ofEpochMilli(8),
                "203.0.113.9:4444", true, "t");

        ClientRow row = ClientRowMapper.toRow(client);

        assertEquals(new ClientRow("bob", 3, Fixtures.key(1, 1).base64(), Fixtures.key(2, 1).base64(), Fixtures.key(3, 1).base64(),
                "192.168.77.254", 1, 2, 3, 4, 5, 6, 7, "n", false, "expired", 8L, "203.0.113.9:4444", true, "t", null), row);
        JdbcClientRepositoryIT.assertSameClient(client, ClientRowMapper.toDomain(row));
    }

    @Test
    void sub_millisecondPrecisionIsDroppedOnTheWayIn() {
        Instant precise = Instant.parse("2026-03-01T10:00:00.123456789Z");
        Client client = Client.create(new ClientName("carol"), InterfaceId.FIRST, Fixtures.keyPair(2), Fixtures.key(3, 2),
                Ipv4Address.parse("10.0.0.3"), precise, precise.plusNanos(1), Quota.UNLIMITED, "");

        Client restored = ClientRowMapper.toDomain(ClientRowMapper.toRow(client));

        assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), restored.createdAt());
        assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), restored.expiresAt());
    }

    @Test
    void storedAddressesAreReadAsTheDomainParsesThem() {
        for (String canonical : List.of("0.0.0.0", "10.0.0.2", "10.0.0.10", "10.0.0.100", "192.168.77.254", "255.255.255.255",
                "1.22.203.4")) {
            assertEquals(Ipv4Address.parse(canonical), ClientRowMapper.address(canonical), canonical);
        }
        for (String invalid : List.of("", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.00", "256.1.1.1", "1.2.3.999", "1234.1.1.1",
                "1..2.3", ".1.2.3", "1.2.3.", " 1.2.3.4", "1.2.3.4 ", "1.2.3.-4", "a.b.c.d", "1.2.3.4/32")) {
            assertThrows(InvalidValueException.class, () -> ClientRowMapper.address(invalid), invalid);
        }
    }

    @Test
    void theRowNeverPrintsItsKeys() {
        ClientRow row = ClientRowMapper.toRow(Fixtures.client("alice", 0));

        assertFalse(row.toString().contains(row.privateKey()));
        assertFalse(row.toString().contains(row.presharedKey()));
    }
}
