package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Clients in the {@code clients} table. Every list is one query, whatever the number of clients.
 * Inside a {@link JdbcUnitOfWork} transaction every call joins it.
 */
public final class JdbcClientRepository implements ClientRepositoryPort {
    private static final String FIND_BY_NAME = """
            SELECT %s FROM clients
            WHERE name = ?""".formatted(ClientRow.COLUMNS);

    private static final String EXISTS_BY_NAME = """
            SELECT COUNT(*) FROM clients WHERE name = ?""";

    private static final String FIND_ALL = """
            SELECT %s FROM clients
            ORDER BY name""".formatted(ClientRow.COLUMNS);

    private static final String FIND_ENABLED_ON = """
            SELECT %s FROM clients
            WHERE interface_id = ? AND enabled = ?
            ORDER BY name""".formatted(ClientRow.COLUMNS);

    private static final String ADDRESSES_ON = """
            SELECT ipv4_address FROM clients WHERE interface_id = ?""";

    private static final String COUNT = """
            SELECT COUNT(*) FROM clients""";

    private static final String INSERT = """
            INSERT INTO clients (%s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(ClientRow.COLUMNS);

    /** The SET list is in {@link ClientRowMapper#bindMutable} order. */
    private static final String UPDATE = """
            UPDATE clients SET
                expires_at = ?, quota_bytes = ?, download_bytes = ?, upload_bytes = ?, last_rx = ?, last_tx = ?,
                note = ?, enabled = ?, disabled_reason = ?, last_handshake_at = ?, endpoint = ?,
                connected_now = ?, share_token = ?
            WHERE name = ?""";

    private static final String DELETE = """
            DELETE FROM clients WHERE name = ?""";

    private final Jdbc jdbc;

    public JdbcClientRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public Optional<Client> findByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return jdbc.single(FIND_BY_NAME, s -> s.setString(1, name.value()), ClientRowMapper::read)
                .map(ClientRowMapper::toDomain);
    }

    @Override
    public boolean existsByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return jdbc.number(EXISTS_BY_NAME, s -> s.setString(1, name.value())) > 0;
    }

    @Override
    public List<Client> findAll() {
        return toDomain(jdbc.list(FIND_ALL, Jdbc.Binder.NONE, ClientRowMapper::read));
    }

    @Override
    public List<Client> findEnabledOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return toDomain(jdbc.list(FIND_ENABLED_ON, s -> {
            s.setInt(1, interfaceId.value());
            s.setBoolean(2, true);
        }, ClientRowMapper::read));
    }

    @Override
    public List<Ipv4Address> addressesOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return jdbc.list(ADDRESSES_ON, s -> s.setInt(1, interfaceId.value()),
                rows -> Ipv4Address.parse(rows.getString(1)));
    }

    @Override
    public long count() {
        return jdbc.number(COUNT, Jdbc.Binder.NONE);
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
        int changed = jdbc.update(UPDATE, s -> {
            int next = ClientRowMapper.bindMutable(s, 1, row);
            s.setString(next, row.name());
        });
        if (changed == 0) {
            throw new ClientNotFoundException(client.name());
        }
    }

    /** Deleting a client that is not there is not an error: the desired state holds either way. */
    @Override
    public void delete(ClientName name) {
        Objects.requireNonNull(name, "name");
        jdbc.update(DELETE, s -> s.setString(1, name.value()));
    }

    private static List<Client> toDomain(List<ClientRow> rows) {
        return rows.stream().map(ClientRowMapper::toDomain).toList();
    }
}
