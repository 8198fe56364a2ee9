package io.candypanel.domain.client;

/** What a client list may be ordered by. Every order breaks ties by name, so paging is stable. */
public enum ClientSortField {
    NAME,
    CREATED_AT,
    EXPIRES,
    /** Download + upload. */
    USAGE,
    /** {@link #statusRank}: connected first, then enabled, then disabled (ascending). */
    STATUS;

    /**
     * The rank {@link #STATUS} sorts by: 0 enabled and connected, 1 enabled, 2 disabled. A disabled
     * client that still shows a handshake ranks as disabled: its state is what the operator set.
     */
    public static int statusRank(Client client) {
        if (!client.isEnabled()) {
            return 2;
        }
        return client.isConnectedNow() ? 0 : 1;
    }
}
