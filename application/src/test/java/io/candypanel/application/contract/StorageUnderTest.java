package io.candypanel.application.contract;

import io.candypanel.application.core.StoragePorts;
import java.util.Objects;

/** One fresh, empty store for one contract test: its ports, and how to close it afterwards. */
public interface StorageUnderTest extends AutoCloseable {
    StoragePorts ports();

    @Override
    void close();

    /** A store whose ports are {@code ports} and which {@code close} closes. */
    static StorageUnderTest of(StoragePorts ports, Runnable close) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(close, "close");
        return new StorageUnderTest() {
            @Override
            public StoragePorts ports() {
                return ports;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
