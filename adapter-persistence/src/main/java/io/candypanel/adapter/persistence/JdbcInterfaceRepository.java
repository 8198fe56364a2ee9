package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * WireGuard interfaces in the {@code interfaces} table. The clock stamps {@code created_at} on
 * insert, a column the aggregate does not carry.
 */
public final class JdbcInterfaceRepository implements InterfaceRepositoryPort {
    private static final String FIND_BY_ID = """
            SELECT %s FROM interfaces
            WHERE id = ?""".formatted(InterfaceRow.COLUMNS);

    private static final String FIND_ALL = """
            SELECT %s FROM interfaces
            ORDER BY id""".formatted(InterfaceRow.COLUMNS);

    private static final String INSERT = """
            INSERT INTO interfaces (%s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(InterfaceRow.COLUMNS);

    /**
     * Keys and creation time never change; everything else may. The IPv6 range is assigned once: an
     * update stores one assigned since the insert, and a copy without one leaves the stored range alone.
     */
    private static final String UPDATE = """
            UPDATE interfaces SET listen_port = ?, address_range = ?, mtu = ?, up = ?,
                ipv6_address_range = COALESCE(?, ipv6_address_range)
            WHERE id = ?""";

    /** Its clients go with it: fk_clients_interface cascades. */
    private static final String DELETE = """
            DELETE FROM interfaces WHERE id = ?""";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcInterfaceRepository(Database database, Clock clock) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<WgInterface> findById(InterfaceId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.single(FIND_BY_ID, s -> s.setInt(1, id.value()), InterfaceRowMapper::read)
                .map(InterfaceRowMapper::toDomain);
    }

    @Override
    public List<WgInterface> findAll() {
        return jdbc.list(FIND_ALL, Jdbc.Binder.NONE, InterfaceRowMapper::read).stream()
                .map(InterfaceRowMapper::toDomain)
                .toList();
    }

    @Override
    public void insert(WgInterface wgInterface) {
        InterfaceRow row = InterfaceRowMapper.toRow(Objects.requireNonNull(wgInterface, "wgInterface"), clock.instant());
        jdbc.update(INSERT, s -> {
            s.setInt(1, row.id());
            s.setString(2, row.privateKey());
            s.setString(3, row.publicKey());
            s.setInt(4, row.listenPort());
            s.setString(5, row.addressRange());
            s.setInt(6, row.mtu());
            s.setBoolean(7, row.up());
            s.setLong(8, row.createdAt());
            Jdbc.setNullable(s, 9, row.ipv6AddressRange());
        });
    }

    /** Throws {@link InterfaceNotFoundException} when there is no such interface, rather than losing the change. */
    @Override
    public void update(WgInterface wgInterface) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        int changed = jdbc.update(UPDATE, s -> {
            s.setInt(1, wgInterface.listenPort().value());
            s.setString(2, wgInterface.addressRange().toString());
            s.setInt(3, wgInterface.mtu().value());
            s.setBoolean(4, wgInterface.isUp());
            Jdbc.setNullable(s, 5, wgInterface.ipv6Range().map(Ipv6Cidr::toString).orElse(null));
            s.setInt(6, wgInterface.id().value());
        });
        if (changed == 0) {
            throw new InterfaceNotFoundException(wgInterface.id());
        }
    }

    /**
     * Deletes the interface and, through the foreign key's cascade, all its clients, in one
     * statement (atomic on its own; inside a transaction it joins it). Throws
     * {@link InterfaceNotFoundException} when there is no such interface.
     */
    @Override
    public void delete(InterfaceId id) {
        Objects.requireNonNull(id, "id");
        int deleted = jdbc.updateEnforcingForeignKeys(DELETE, s -> s.setInt(1, id.value()));
        if (deleted == 0) {
            throw new InterfaceNotFoundException(id);
        }
    }
}
