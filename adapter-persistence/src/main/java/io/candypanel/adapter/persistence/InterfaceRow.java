package io.candypanel.adapter.persistence;

/** One row of {@code interfaces}; {@code createdAt} is epoch milliseconds. */
record InterfaceRow(int id, String privateKey, String publicKey, int listenPort, String addressRange, int mtu,
                    boolean up, long createdAt) {

    /** The columns in the order of the record. */
    static final String COLUMNS = "id, private_key, public_key, listen_port, address_range, mtu, up, created_at";

    /** A private key is in here: never print the row. */
    @Override
    public String toString() {
        return "InterfaceRow[wg" + id + ", " + addressRange + ", port " + listenPort + "]";
    }
}
