package io.candypanel.adapter.http.overview;

import io.candypanel.domain.wginterface.WgInterface;

/**
 * One entry of {@code data.interfaces}. Stricter than the original, which returned the interface's
 * private key here: the server's key never leaves the server (no client config needs it), so a
 * leaked admin session or browser cache cannot be used to impersonate the VPN server.
 *
 * @param name   {@code wgN}, new: the name {@code interface/update} takes
 * @param status             whether the interface should be up
 * @param ipv6AddressRange   the server's IPv6 address and prefix on a dual-stack interface, else null
 */
record InterfaceResponse(int wg, String name, String publicKey, int port, String addressRange, String ipv6AddressRange, int mtu,
                         boolean status) {

    static InterfaceResponse from(WgInterface wgInterface) {
        return new InterfaceResponse(
                wgInterface.id().value(),
                wgInterface.name(),
                wgInterface.keys().publicKey().base64(),
                wgInterface.listenPort().value(),
                wgInterface.addressRange().toString(),
                wgInterface.ipv6Range().map(Object::toString).orElse(null),
                wgInterface.mtu().value(),
                wgInterface.isUp());
    }
}
