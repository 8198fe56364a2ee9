package io.candypanel.adapter.persistence;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a {@link Client} to its {@link ClientRow} and back, and a row to and from JDBC. */
final class ClientRowMapper {

    private ClientRowMapper() {
    }

    static ClientRow toRow(Client client) {
        return new ClientRow(
                client.name().value(),
                client.interfaceId().value(),
                client.keys().privateKey().base64(),
                client.keys().publicKey().base64(),
                client.presharedKey().base64(),
                client.address().toString(),
                Jdbc.millis(client.createdAt()),
                Jdbc.millis(client.expiresAt()),
                client.quota().bytes(),
                client.usage().download(),
                client.usage().upload(),
                client.lastCounters().rx(),
                client.lastCounters().tx(),
                client.note(),
                client.isEnabled(),
                client.disabledReason().map(DisabledReason::wireName).orElse(null),
                client.lastHandshake().map(Jdbc::millis).orElse(null),
                client.endpoint().orElse(null),
                client.isConnectedNow(),
                client.shareToken().orElse(null));
    }

    static Client toDomain(ClientRow row) {
        return Client.restore(
                new ClientName(row.name()),
                new InterfaceId(row.interfaceId()),
                new WgKeyPair(new WgKey(row.privateKey()), new WgKey(row.publicKey())),
                new WgKey(row.presharedKey()),
                Ipv4Address.parse(row.ipv4Address()),
                Jdbc.instant(row.createdAt()),
                Jdbc.instant(row.expiresAt()),
                new Quota(row.quotaBytes()),
                new Usage(row.downloadBytes(), row.uploadBytes()),
                new KernelCounters(row.lastRx(), row.lastTx()),
                row.note(),
                row.enabled(),
                row.disabledReason() == null ? null : DisabledReason.fromWireName(row.disabledReason()),
                row.lastHandshakeAt() == null ? null : Jdbc.instant(row.lastHandshakeAt()),
                row.endpoint(),
                row.connectedNow(),
                row.shareToken());
    }

    /** Reads the columns of {@link ClientRow#COLUMNS} from the current row. */
    static ClientRow read(ResultSet rows) throws SQLException {
        return new ClientRow(
                rows.getString("name"),
                rows.getInt("interface_id"),
                rows.getString("private_key"),
                rows.getString("public_key"),
                rows.getString("preshared_key"),
                rows.getString("ipv4_address"),
                rows.getLong("created_at"),
                rows.getLong("expires_at"),
                rows.getLong("quota_bytes"),
                rows.getLong("download_bytes"),
                rows.getLong("upload_bytes"),
                rows.getLong("last_rx"),
                rows.getLong("last_tx"),
                rows.getString("note"),
                rows.getBoolean("enabled"),
                rows.getString("disabled_reason"),
                Jdbc.nullableLong(rows, "last_handshake_at"),
                rows.getString("endpoint"),
                rows.getBoolean("connected_now"),
                rows.getString("share_token"));
    }

    /** Binds every column of {@link ClientRow#COLUMNS}, in that order, from parameter 1. */
    static void bindAll(PreparedStatement statement, ClientRow row) throws SQLException {
        statement.setString(1, row.name());
        statement.setInt(2, row.interfaceId());
        statement.setString(3, row.privateKey());
        statement.setString(4, row.publicKey());
        statement.setString(5, row.presharedKey());
        statement.setString(6, row.ipv4Address());
        statement.setLong(7, row.createdAt());
        bindMutable(statement, 8, row);
    }

    /**
     * Binds the columns that change after creation, from {@code expires_at} to {@code share_token},
     * starting at parameter {@code first}; returns the next free parameter index.
     */
    static int bindMutable(PreparedStatement statement, int first, ClientRow row) throws SQLException {
        int i = first;
        statement.setLong(i++, row.expiresAt());
        statement.setLong(i++, row.quotaBytes());
        statement.setLong(i++, row.downloadBytes());
        statement.setLong(i++, row.uploadBytes());
        statement.setLong(i++, row.lastRx());
        statement.setLong(i++, row.lastTx());
        statement.setString(i++, row.note());
        statement.setBoolean(i++, row.enabled());
        Jdbc.setNullable(statement, i++, row.disabledReason());
        Jdbc.setNullable(statement, i++, row.lastHandshakeAt());
        Jdbc.setNullable(statement, i++, row.endpoint());
        statement.setBoolean(i++, row.connectedNow());
        Jdbc.setNullable(statement, i++, row.shareToken());
        return i;
    }
}
