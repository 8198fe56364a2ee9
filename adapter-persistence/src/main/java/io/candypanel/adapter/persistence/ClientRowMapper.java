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
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Maps a {@link Client} to its {@link ClientRow} and back, binds a row to JDBC and reads clients from JDBC. */
final class ClientRowMapper {
    private static final Map<String, DisabledReason> REASONS_BY_WIRE_NAME = reasonsByWireName();

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
                client.shareToken().orElse(null),
                client.ipv6Address().map(Ipv6Address::toString).orElse(null));
    }

    static Client toDomain(ClientRow row) {
        return restore(row.name(), new InterfaceId(row.interfaceId()), row.privateKey(), row.publicKey(), row.presharedKey(),
                row.ipv4Address(), row.createdAt(), row.expiresAt(), row.quotaBytes(), row.downloadBytes(),
                row.uploadBytes(), row.lastRx(), row.lastTx(), row.note(), row.enabled(), row.disabledReason(),
                row.lastHandshakeAt() == null ? null : Jdbc.instant(row.lastHandshakeAt()), row.endpoint(),
                row.connectedNow(), row.shareToken(), row.ipv6Address());
    }

    /**
     * Reads clients straight from rows selected with {@link ClientRow#COLUMNS}, by column index and
     * without an intermediate {@link ClientRow}: lists of 10,000 clients go through here, so a row
     * allocates only its strings and the aggregate. Consecutive rows of one interface share one
     * {@link InterfaceId}. One reader per query: it is not thread-safe.
     */
    static Jdbc.RowReader<Client> reader() {
        return new Reader(null);
    }

    /** A {@link #reader()} for rows known to belong to {@code interfaceId}, which every client then shares. */
    static Jdbc.RowReader<Client> reader(InterfaceId interfaceId) {
        return new Reader(interfaceId);
    }

    private static final class Reader implements Jdbc.RowReader<Client> {
        // 1-based positions in ClientRow.COLUMNS.
        private static final int NAME = 1;
        private static final int INTERFACE_ID = 2;
        private static final int PRIVATE_KEY = 3;
        private static final int PUBLIC_KEY = 4;
        private static final int PRESHARED_KEY = 5;
        private static final int IPV4_ADDRESS = 6;
        private static final int CREATED_AT = 7;
        private static final int EXPIRES_AT = 8;
        private static final int QUOTA_BYTES = 9;
        private static final int DOWNLOAD_BYTES = 10;
        private static final int UPLOAD_BYTES = 11;
        private static final int LAST_RX = 12;
        private static final int LAST_TX = 13;
        private static final int NOTE = 14;
        private static final int ENABLED = 15;
        private static final int DISABLED_REASON = 16;
        private static final int LAST_HANDSHAKE_AT = 17;
        private static final int ENDPOINT = 18;
        private static final int CONNECTED_NOW = 19;
        private static final int SHARE_TOKEN = 20;
        private static final int IPV6_ADDRESS = 21;

        private InterfaceId lastInterface;

        Reader(InterfaceId known) {
            this.lastInterface = known;
        }

        @Override
        public Client read(ResultSet rows) throws SQLException {
            long handshake = rows.getLong(LAST_HANDSHAKE_AT);
            Instant lastHandshake = rows.wasNull() ? null : Jdbc.instant(handshake);
            return restore(rows.getString(NAME), interfaceId(rows.getInt(INTERFACE_ID)), rows.getString(PRIVATE_KEY),
                    rows.getString(PUBLIC_KEY), rows.getString(PRESHARED_KEY), rows.getString(IPV4_ADDRESS),
                    rows.getLong(CREATED_AT), rows.getLong(EXPIRES_AT), rows.getLong(QUOTA_BYTES),
                    rows.getLong(DOWNLOAD_BYTES), rows.getLong(UPLOAD_BYTES), rows.getLong(LAST_RX), rows.getLong(LAST_TX),
                    rows.getString(NOTE), rows.getBoolean(ENABLED), rows.getString(DISABLED_REASON), lastHandshake,
                    rows.getString(ENDPOINT), rows.getBoolean(CONNECTED_NOW), rows.getString(SHARE_TOKEN),
                    rows.getString(IPV6_ADDRESS));
        }

        private InterfaceId interfaceId(int value) {
            InterfaceId last = lastInterface;
            if (last == null || last.value() != value) {
                last = new InterfaceId(value);
                lastInterface = last;
            }
            return last;
        }
    }

    /** The one way from stored columns to a client, for {@link #toDomain} and the {@link #reader()}. */
    private static Client restore(String name, InterfaceId interfaceId, String privateKey, String publicKey,
                                  String presharedKey, String ipv4Address, long createdAt, long expiresAt, long quotaBytes,
                                  long downloadBytes, long uploadBytes, long lastRx, long lastTx, String note,
                                  boolean enabled, String disabledReason, Instant lastHandshake, String endpoint,
                                  boolean connectedNow, String shareToken, String ipv6Address) {
        Client client = Client.restore(
                new ClientName(name),
                interfaceId,
                new WgKeyPair(new WgKey(privateKey), new WgKey(publicKey)),
                new WgKey(presharedKey),
                address(ipv4Address),
                Jdbc.instant(createdAt),
                Jdbc.instant(expiresAt),
                quotaBytes == 0 ? Quota.UNLIMITED : new Quota(quotaBytes),
                downloadBytes == 0 && uploadBytes == 0 ? Usage.NONE : new Usage(downloadBytes, uploadBytes),
                lastRx == 0 && lastTx == 0 ? KernelCounters.ZERO : new KernelCounters(lastRx, lastTx),
                note,
                enabled,
                disabledReason == null ? null : disabledReason(disabledReason),
                lastHandshake,
                endpoint,
                connectedNow,
                shareToken);
        if (ipv6Address != null) {
            client.assignIpv6Address(Ipv6Address.parse(ipv6Address));
        }
        return client;
    }

    /**
     * Parses a stored address. Stored addresses are canonical dotted quads (written from
     * {@link Ipv4Address#toString()}), read here without the domain parser's intermediate strings;
     * anything else goes to {@link Ipv4Address#parse}, which accepts or rejects it as always.
     */
    static Ipv4Address address(String text) {
        int value = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 3 || (digits == 1 && octet == 0)) {
                    return Ipv4Address.parse(text); // four digits or a leading zero: not canonical
                }
                octet = octet * 10 + (c - '0');
                digits++;
            } else if (c == '.' && digits > 0 && dots < 3 && octet <= 255) {
                value = (value << 8) | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else {
                return Ipv4Address.parse(text);
            }
        }
        if (dots != 3 || digits == 0 || octet > 255) {
            return Ipv4Address.parse(text);
        }
        return new Ipv4Address((value << 8) | octet);
    }

    /** A map lookup: {@link DisabledReason#fromWireName} would upper-case a new string per row. */
    private static DisabledReason disabledReason(String wireName) {
        DisabledReason reason = REASONS_BY_WIRE_NAME.get(wireName);
        return reason != null ? reason : DisabledReason.fromWireName(wireName);
    }

    private static Map<String, DisabledReason> reasonsByWireName() {
        Map<String, DisabledReason> reasons = new HashMap<>();
        for (DisabledReason reason : DisabledReason.values()) {
            reasons.put(reason.wireName(), reason);
        }
        return Map.copyOf(reasons);
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
     * Binds the columns that change after creation, from {@code expires_at} to {@code ipv6_address}
     * (assigned once, possibly after the insert), starting at parameter {@code first}; returns the next
     * free parameter index.
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
        Jdbc.setNullable(statement, i++, row.ipv6Address());
        return i;
    }
}
