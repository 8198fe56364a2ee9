package io.candypanel.application.port.in.sync;

/**
 * One sync tick: read the kernel once, book every client's traffic, disable expired and
 * over-quota clients, run the periodic restarts and usage resets that are due, and reconcile the
 * kernel with the database. Never runs twice at once.
 */
public interface SyncUseCase {
    SyncReport sync();
}
