package io.candypanel.application.service.backup;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.backup.BackupPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

public final class BackupService implements BackupUseCase {
    /** Two weeks of daily snapshots. */
    public static final int KEEP = 14;

    private final BackupPort backups;
    private final KernelApplier kernel;
    private final SyncUseCase sync;
    private final InterfaceRepositoryPort interfaces;

    public BackupService(BackupPort backups, KernelApplier kernel, SyncUseCase sync, InterfaceRepositoryPort interfaces) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
    }

    @Override
    public BackupInfo create() {
        BackupInfo created = backups.snapshot();
        backups.prune(KEEP);
        return created;
    }

    @Override
    public List<BackupInfo> list() {
        return backups.list();
    }

    @Override
    public BackupInfo restore(String name) {
        BackupInfo backup = backups.find(name).orElseThrow(() -> new BackupNotFoundException(name));
        // The restored database is the truth from now on. The kernel lock keeps every tick and
        // peer change out while the file is swapped; the sync right after books the kernel's
        // counters against the restored readings and reconciles the peers with the restored clients.
        kernel.exclusively(() -> {
            backups.restore(backup.name());
            return null;
        });
        sync.sync();
        // Every config file is rendered from the restored state (config-only mode has no reconcile).
        for (WgInterface wgInterface : interfaces.findAll()) {
            kernel.apply(wgInterface.id());
        }
        return backup;
    }
}
