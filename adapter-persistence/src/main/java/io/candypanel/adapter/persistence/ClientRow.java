package io.candypanel.adapter.persistence;

/**
 * One row of {@code clients}, column for column (the surrogate {@code id} aside: nothing reads it).
 * Nullable columns are boxed or nullable strings; instants are epoch milliseconds; {@code ipv6Address} is
 * the canonical text of the client's IPv6 address, {@code null} on an IPv4-only interface.
 */
record ClientRow(String name, int interfaceId, String privateKey, String publicKey, String presharedKey,
                 String ipv4Address, long createdAt, long expiresAt, long quotaBytes, long downloadBytes,
                 long uploadBytes, long lastRx, long lastTx, String note, boolean enabled, String disabledReason,
                 Long lastHandshakeAt, String endpoint, boolean connectedNow, String shareToken, String ipv6Address) {

    /** The columns in the order of the record, for SELECT and INSERT lists. */
    static final String COLUMNS = """
            name, interface_id, private_key, public_key, preshared_key, ipv4_address, created_at, expires_at, \
            quota_bytes, download_bytes, upload_bytes, last_rx, last_tx, note, enabled, disabled_reason, \
            last_handshake_at, endpoint, connected_now, share_token, ipv6_address""";

    /** A private key is in here: never print the row. */
    @Override
    public String toString() {
        return "ClientRow[" + name + " on wg" + interfaceId + ", " + ipv4Address + (ipv6Address == null ? "" : ", " + ipv6Address) + "]";
    }
}
