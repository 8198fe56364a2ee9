package io.candypanel.application.port.in.share;

import java.util.Optional;

/** What the public share page shows for a share token; empty for an unknown or revoked token. */
public interface ViewSharedClientUseCase {
    Optional<SharedClient> view(String shareToken);
}
