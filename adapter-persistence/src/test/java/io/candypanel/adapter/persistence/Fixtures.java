package io.candypanel.adapter.persistence;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Domain objects and database helpers for the tests. Keys are distinct fixed bytes: fast and repeatable. */
final class Fixtures {
    static final Instant T0 = Instant.ofEpochMilli(1_767_225_600_123L); // 2026-01-01T00:00:00.123Z

    /**
     * Takes a database of this build back to the schema of release 0.4.0, as an installation of that
     * release left it: the index and the columns of 0.5.0 dropped, its change sets forgotten. Earlier
     * releases' undo steps go after these.
     */
    static final List<String> BACK_TO_RELEASE_040 = List.of(
            "DROP INDEX ux_clients_interface_ipv6_address",
            "ALTER TABLE clients DROP COLUMN ipv6_address",
            "ALTER TABLE interfaces DROP COLUMN ipv6_address_range",
            "DELETE FROM DATABASECHANGELOG WHERE ID LIKE '0.5.0-%'");

    private Fixtures() {
    }

    static void backToRelease040(Database database) {
        BACK_TO_RELEASE_040.forEach(sql -> execute(database, sql));
    }

    static Database startedDatabase(Path directory) {
        Database database = Database.create(new PersistenceConfig(directory));
        database.start();
        return database;
    }

    /** A key whose 32 bytes encode (kind, seed): distinct for every pair of arguments. */
    static WgKey key(int kind, int seed) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putInt(kind).putInt(seed).putLong(0x5eed_5eedL * (seed + 1)).putLong(kind * 31L + seed);
        return WgKey.ofBytes(bytes.array());
    }

    static WgKeyPair keyPair(int seed) {
        return new WgKeyPair(key(1, seed), key(2, seed));
    }

    static WgInterface wgInterface(int id, int port, String range) {
        return WgInterface.create(new InterfaceId(id), new WgKeyPair(key(10, id), key(11, id)), new ListenPort(port),
                Ipv4Cidr.parse(range), Mtu.DEFAULT);
    }

    static WgInterface wg0() {
        return wgInterface(0, 51820, "10.0.0.1/24");
    }

    /** A new client on wg0 whose address is 10.0.x.y derived from {@code seed} (seed 0 is 10.0.0.2). */
    static Client client(String name, int seed) {
        return client(name, seed, InterfaceId.FIRST, new Ipv4Address(Ipv4Address.parse("10.0.0.2").value() + seed));
    }

    static Client client(String name, int seed, InterfaceId interfaceId, Ipv4Address address) {
        return Client.create(new ClientName(name), interfaceId, keyPair(seed), key(3, seed), address, T0,
                T0.plusSeconds(30L * 24 * 3600), new Quota(10L << 30), "note " + name);
    }

    static long queryLong(Database database, String sql) {
        return database.withConnection(connection -> longOf(connection, sql));
    }

    static String queryString(Database database, String sql) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    static void execute(Database database, String sql) {
        database.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return null;
            }
        });
    }

    static long longOf(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
