package io.candypanel.adapter.persistence;

/**
 * One row of {@code interfaces}; {@code createdAt} is epoch milliseconds; {@code ipv6AddressRange} is the
 * canonical text of the IPv6 range ({@code fd42:42:42::1/64}), {@code null} for an IPv4-only interface.
 */
record InterfaceRow(int id, String privateKey, String publicKey, int listenPort, String addressRange, int mtu,
                    boolean up, long createdAt, String ipv6AddressRange) {

    /** The columns in the order of the record. */
    static final String COLUMNS = "id, private_key, public_key, listen_port, address_range, mtu, up, created_at, ipv6_address_range";

    /** A private key is in here: never print the row. */
    @Override
    public String toString() {
        return "InterfaceRow[wg" + id + ", " + addressRange + (ipv6AddressRange == null ? "" : ", " + ipv6AddressRange)
                + ", port " + listenPort + "]";
    }
}
