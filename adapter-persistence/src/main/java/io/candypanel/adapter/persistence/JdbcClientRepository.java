package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** Answered from ux_clients_interface_address alone (its first column is interface_id). */
    private static final String COUNT_PER_INTERFACE = """
            SELECT interface_id, COUNT(*) FROM clients GROUP BY interface_id""";

    /**
     * One scan and one GROUP BY. Each sum is taken in two halves, the high 32 bits and the low 32 bits of
     * every value, which {@link #joinHalves} puts back together, stopping at Long.MAX_VALUE. Why not
     * plainer SQL: SQLite's SUM() over integers fails the whole query ("integer overflow") once a sum
     * passes Long.MAX_VALUE, so two clients near the limit would break every scrape; TOTAL() never fails but is a
     * double, exact only below 2^53, so large sums would be rounded here and exact in the in-memory store
     * and in the Prometheus text before. A half is below 2^32 per row, so neither SUM can overflow before
     * 2^31 rows, far beyond any table of clients.
     */
    private static final String USAGE_PER_INTERFACE = """
            SELECT interface_id,
                   SUM(download_bytes >> 32), SUM(download_bytes & 4294967295),
                   SUM(upload_bytes >> 32), SUM(upload_bytes & 4294967295)
            FROM clients GROUP BY interface_id""";

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

    /** One GROUP BY; an interface without clients has no group, so it is absent. */
    @Override
    public Map<InterfaceId, Long> countPerInterface() {
        return jdbc.list(COUNT_PER_INTERFACE, Jdbc.Binder.NONE,
                        rows -> Map.entry(new InterfaceId(rows.getInt(1)), rows.getLong(2)))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One GROUP BY ({@link #USAGE_PER_INTERFACE}); an interface without clients has no group, so it is absent. */
    @Override
    public Map<InterfaceId, Usage> usagePerInterface() {
        return jdbc.list(USAGE_PER_INTERFACE, Jdbc.Binder.NONE,
                        rows -> Map.entry(new InterfaceId(rows.getInt(1)), new Usage(
                                joinHalves(rows.getLong(2), rows.getLong(3)), joinHalves(rows.getLong(4), rows.getLong(5)))))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * {@code high * 2^32 + low}, or Long.MAX_VALUE when that does not fit in a long.
     *
     * @param high the sum of the values' high 32 bits, &ge; 0
     * @param low  the sum of the values' low 32 bits, &ge; 0
     */
    static long joinHalves(long high, long low) {
        if (high >= 1L << 31) {
            return Long.MAX_VALUE; // high * 2^32 alone reaches 2^63
        }
        long sum = (high << 32) + low; // both terms are in [0, 2^63), so an overflow shows as a negative sum
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /**
     * One SELECT with LIMIT/OFFSET; the ORDER BY ends with the (unique) name, so that equal values keep
     * one order from page to page. At 10,000 clients SQLite scans and sorts the table in a few
     * milliseconds, so no index was added for it (see the benchmark figures in the issue note).
     */
    @Override
    public List<Client> findPage(ClientFilter filter, ClientSort sort, long offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        Where where = where(filter);
        String direction = sort.descending() ? "DESC" : "ASC";
        String sql = "SELECT " + ClientRow.COLUMNS + " FROM clients" + where.sql()
                + " ORDER BY " + orderColumn(sort) + " " + direction + ", name ASC LIMIT ? OFFSET ?";
        return Collections.unmodifiableList(jdbc.list(sql, s -> {
            int next = where.bind(s);
            s.setInt(next++, limit);
            s.setLong(next, offset);
        }, ClientRowMapper.reader()));
    }

    @Override
    public long countMatching(ClientFilter filter) {
        Where where = where(Objects.requireNonNull(filter, "filter"));
        return jdbc.number("SELECT COUNT(*) FROM clients" + where.sql(), where::bind);
    }

    /** The SQL twin of {@link ClientSort#comparator()}; the text is fixed per enum value, never user input. */
    private static String orderColumn(ClientSort sort) {
        return switch (sort.field()) {
            case NAME -> "name";
            case CREATED_AT -> "created_at";
            case EXPIRES -> "expires_at";
            case USAGE -> "download_bytes + upload_bytes";
            case STATUS -> "CASE WHEN enabled = 0 THEN 2 WHEN connected_now <> 0 THEN 0 ELSE 1 END";
        };
    }

    /**
     * The SQL twin of {@link ClientFilter#matches}. The search goes through LIKE with its wildcards
     * escaped, so '%' and '_' match themselves; SQLite's LIKE ignores case for ASCII letters only,
     * which is the rule the filter states.
     */
    private static Where where(ClientFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        switch (filter.status()) {
            case ALL -> { }
            case ENABLED -> conditions.add("enabled <> 0");
            case DISABLED -> conditions.add("enabled = 0");
            case CONNECTED -> conditions.add("connected_now <> 0");
            case EXPIRED -> {
                conditions.add("expires_at <= ?");
                values.add(filter.now().toEpochMilli());
            }
            case OVER_QUOTA -> conditions.add("quota_bytes > 0 AND download_bytes + upload_bytes >= quota_bytes");
        }
        filter.search().ifPresent(text -> {
            String pattern = "%" + escapeLike(text) + "%";
            conditions.add("(name LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\'"
                    + " OR ipv4_address LIKE ? ESCAPE '\\' OR ipv6_address LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; i++) {
                values.add(pattern);
            }
        });
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A WHERE clause (empty or starting with a space) and its values, bound from parameter 1. */
    private record Where(String sql, List<Object> values) {
        int bind(PreparedStatement statement) throws SQLException {
            int i = 1;
            for (Object value : values) {
                if (value instanceof Long number) {
                    statement.setLong(i++, number);
                } else {
                    statement.setString(i++, (String) value);
                }
            }
            return i;
        }
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
