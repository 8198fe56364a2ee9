package io.candypanel.application.service.share;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

public final class ShareClientService implements ShareClientUseCase {
    /** 256 bits: far beyond guessing, short enough for a link. */
    static final int TOKEN_BYTES = 32;

    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final SecureRandom random;

    public ShareClientService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, SecureRandom random) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String share(ClientName name) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        unitOfWork.run(() -> {
            Client client = clients.findByName(name).orElseThrow(() -> new ClientNotFoundException(name));
            client.shareWith(token);
            clients.update(client);
        });
        return token;
    }

    @Override
    public void revoke(ClientName name) {
        unitOfWork.run(() -> {
            Client client = clients.findByName(name).orElseThrow(() -> new ClientNotFoundException(name));
            client.revokeShare();
            clients.update(client);
        });
    }
}
