package io.candypanel.adapter.persistence;

import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps a {@link WgInterface} to its {@link InterfaceRow} and back. */
final class InterfaceRowMapper {

    private InterfaceRowMapper() {
    }

    /** The aggregate has no creation time; the repository supplies it when the row is first written. */
    static InterfaceRow toRow(WgInterface wgInterface, Instant createdAt) {
        return new InterfaceRow(
                wgInterface.id().value(),
                wgInterface.keys().privateKey().base64(),
                wgInterface.keys().publicKey().base64(),
                wgInterface.listenPort().value(),
                wgInterface.addressRange().toString(),
                wgInterface.mtu().value(),
                wgInterface.isUp(),
                Jdbc.millis(createdAt),
                wgInterface.ipv6Range().map(Ipv6Cidr::toString).orElse(null));
    }

    static WgInterface toDomain(InterfaceRow row) {
        WgInterface wgInterface = WgInterface.restore(
                new InterfaceId(row.id()),
                new WgKeyPair(new WgKey(row.privateKey()), new WgKey(row.publicKey())),
                new ListenPort(row.listenPort()),
                Ipv4Cidr.parse(row.addressRange()),
                new Mtu(row.mtu()),
                row.up());
        if (row.ipv6AddressRange() != null) {
            wgInterface.assignIpv6Range(Ipv6Cidr.parse(row.ipv6AddressRange()));
        }
        return wgInterface;
    }

    static InterfaceRow read(ResultSet rows) throws SQLException {
        return new InterfaceRow(
                rows.getInt("id"),
                rows.getString("private_key"),
                rows.getString("public_key"),
                rows.getInt("listen_port"),
                rows.getString("address_range"),
                rows.getInt("mtu"),
                rows.getBoolean("up"),
                rows.getLong("created_at"),
                rows.getString("ipv6_address_range"));
    }
}
