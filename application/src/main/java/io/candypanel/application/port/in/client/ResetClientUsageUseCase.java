package io.candypanel.application.port.in.client;

/** Sets a client's used traffic back to zero; a client disabled only for its quota comes back. */
public interface ResetClientUsageUseCase {
    UpdatedClient reset(ResetClientUsageCommand command);
}
