package io.candypanel.application.port.in.share;

import io.candypanel.domain.client.ClientName;

/** Gives a client a new secret share link (any previous one stops working), or revokes it. */
public interface ShareClientUseCase {
    /** Returns the new share token (at least 128 random bits, URL-safe). */
    String share(ClientName name);

    void revoke(ClientName name);
}
