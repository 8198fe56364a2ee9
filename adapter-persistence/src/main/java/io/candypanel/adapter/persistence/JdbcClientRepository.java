package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Clients in the {@code clients} table. Every list is one query, whatever the number of clients,
 * selecting just the columns the aggregate needs; {@link #updateAll} runs JDBC batches, never a
 * statement per call. Inside a {@link JdbcUnitOfWork} transaction every call joins it.
 */
public final class JdbcClientRepository implements ClientRepositoryPort {
    private static final String FIND_BY_NAME = """
            SELECT %s FROM clients
            WHERE name = ?""".formatted(ClientRow.COLUMNS);

    /** Walks uq_clients_share_token; a NULL token (not shared) never matches. */
    private static final String FIND_BY_SHARE_TOKEN = """
            SELECT %s FROM clients
            WHERE share_token = ?""".formatted(ClientRow.COLUMNS);

    private static final String EXISTS_BY_NAME = """
            SELECT COUNT(*) FROM clients WHERE name = ?""";

    private static final String FIND_ALL = """
            SELECT %s FROM clients
            ORDER BY name""".formatted(ClientRow.COLUMNS);

    private static final String FIND_ENABLED_ON = """
            SELECT %s FROM clients
            WHERE interface_id = ? AND enabled = ?
            ORDER BY name""".formatted(ClientRow.COLUMNS);

    /**
     * Walks ux_clients_interface_address. Addresses are stored as text, whose order is not the
     * numeric one (10.0.0.10 sorts before 10.0.0.2), so {@link #findOn} sorts the result itself.
     */
    private static final String FIND_ON = """
            SELECT %s FROM clients
            WHERE interface_id = ?""".formatted(ClientRow.COLUMNS);

    private static final String ADDRESSES_ON = """
            SELECT ipv4_address FROM clients WHERE interface_id = ?""";

    /** Answered from ux_clients_interface_ipv6_address alone (it holds both columns); IPv4-only clients are skipped. */
    private static final String IPV6_ADDRESSES_ON = """
            SELECT ipv6_address FROM clients WHERE interface_id = ? AND ipv6_address IS NOT NULL""";

    private static final String COUNT = """
            SELECT COUNT(*) FROM clients""";

    private static final String INSERT = """
            INSERT INTO clients (%s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(ClientRow.COLUMNS);

    /**
     * The SET list is in {@link ClientRowMapper#bindMutable} order; {@link #updateAll} batches the same
     * statement. An IPv6 address is assigned once: an update stores one assigned since the insert, and a
     * copy without one (loaded before the assignment) leaves the stored address alone instead of clearing it.
     */
    private static final String UPDATE = """
            UPDATE clients SET
                expires_at = ?, quota_bytes = ?, download_bytes = ?, upload_bytes = ?, last_rx = ?, last_tx = ?,
                note = ?, enabled = ?, disabled_reason = ?, last_handshake_at = ?, endpoint = ?,
                connected_now = ?, share_token = ?, ipv6_address = COALESCE(?, ipv6_address)
            WHERE name = ?""";

    private static final String DELETE = """
            DELETE FROM clients WHERE name = ?""";

    private static final Comparator<Client> BY_ADDRESS = Comparator.comparing(Client::address);

    private final Jdbc jdbc;
    private final JdbcUnitOfWork unitOfWork;

    public JdbcClientRepository(Database database) {
        Objects.requireNonNull(database, "database");
        this.jdbc = new Jdbc(database);
        this.unitOfWork = new JdbcUnitOfWork(database);
    }

    @Override
    public Optional<Client> findByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return jdbc.single(FIND_BY_NAME, s -> s.setString(1, name.value()), ClientRowMapper.reader());
    }

    @Override
    public boolean existsByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return jdbc.number(EXISTS_BY_NAME, s -> s.setString(1, name.value())) > 0;
    }

    @Override
    public List<Client> findAll() {
        return Collections.unmodifiableList(jdbc.list(FIND_ALL, Jdbc.Binder.NONE, ClientRowMapper.reader()));
    }

    @Override
    public List<Client> findOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        List<Client> clients = jdbc.list(FIND_ON, s -> s.setInt(1, interfaceId.value()), ClientRowMapper.reader(interfaceId));
        clients.sort(BY_ADDRESS);
        return Collections.unmodifiableList(clients);
    }

    @Override
    public List<Client> findEnabledOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return Collections.unmodifiableList(jdbc.list(FIND_ENABLED_ON, s -> {
            s.setInt(1, interfaceId.value());
            s.setBoolean(2, true);
        }, ClientRowMapper.reader(interfaceId)));
    }

    @Override
    public List<Ipv4Address> addressesOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return jdbc.list(ADDRESSES_ON, s -> s.setInt(1, interfaceId.value()),
                rows -> Ipv4Address.parse(rows.getString(1)));
    }

    @Override
    public List<Ipv6Address> ipv6AddressesOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return jdbc.list(IPV6_ADDRESSES_ON, s -> s.setInt(1, interfaceId.value()),
                rows -> Ipv6Address.parse(rows.getString(1)));
    }

    @Override
    public long count() {
        return jdbc.number(COUNT, Jdbc.Binder.NONE);
    }

    @Override
    public Optional<Client> findByShareToken(String shareToken) {
        Objects.requireNonNull(shareToken, "shareToken");
        return jdbc.single(FIND_BY_SHARE_TOKEN, s -> s.setString(1, shareToken), ClientRowMapper.reader());
    }

    @Override
    public void insert(Client client) {
        ClientRow row = ClientRowMapper.toRow(Objects.requireNonNull(client, "client"));
        jdbc.update(INSERT, s -> ClientRowMapper.bindAll(s, row));
    }

    /** Throws {@link ClientNotFoundException} when no client has that name, rather than losing the change. */
    @Override
    public void update(Client client) {
        ClientRow row = ClientRowMapper.toRow(Objects.requireNonNull(client, "client"));
        int changed = jdbc.update(UPDATE, s -> bindUpdate(s, row));
        if (changed == 0) {
            throw new ClientNotFoundException(client.name());
        }
    }

    /**
     * All or nothing, in batches of {@link Jdbc#BATCH_SIZE} on one connection: joins the caller's
     * transaction (in a savepoint, so a failure undoes the whole batch even if the caller goes on)
     * or runs in its own. Nothing is read back. Throws {@link ClientNotFoundException} for the first
     * client that is not stored, after undoing every update of the call.
     */
    @Override
    public void updateAll(Collection<Client> clients) {
        Objects.requireNonNull(clients, "clients");
        if (clients.isEmpty()) {
            return;
        }
        unitOfWork.run(() -> {
            int[] changed = jdbc.batch(UPDATE, clients,
                    (s, client) -> bindUpdate(s, ClientRowMapper.toRow(Objects.requireNonNull(client, "client"))));
            int i = 0;
            for (Client client : clients) {
                if (changed[i++] == 0) {
                    throw new ClientNotFoundException(client.name());
                }
            }
        });
    }

    /** Deleting a client that is not there is not an error: the desired state holds either way. */
    @Override
    public void delete(ClientName name) {
        Objects.requireNonNull(name, "name");
        jdbc.update(DELETE, s -> s.setString(1, name.value()));
    }

    private static void bindUpdate(PreparedStatement statement, ClientRow row) throws SQLException {
        int next = ClientRowMapper.bindMutable(statement, 1, row);
        statement.setString(next, row.name());
    }
}
