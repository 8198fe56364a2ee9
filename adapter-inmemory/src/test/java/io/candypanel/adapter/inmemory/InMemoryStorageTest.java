package io.candypanel.adapter.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.core.StoragePorts;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What the in-memory store promises beyond the port contracts (which InMemory*ContractTest run). */
class InMemoryStorageTest {

    @Test
    void aBrokenConstraintIsAnIllegalStateExceptionNamingIt() {
        StoragePorts ports = new InMemoryStorage().ports();
        ports.interfaces().insert(wg(0, 51820));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ports.interfaces().insert(wg(1, 51820)));

        assertEquals("UNIQUE constraint failed: interfaces.listen_port", e.getMessage());
    }

    @Test
    void aThreadInterruptedBeforeItsTurnGivesUpWithoutRunningItsWorkAndKeepsTheInterrupt() {
        StoragePorts ports = new InMemoryStorage().ports();
        AtomicBoolean ran = new AtomicBoolean();

        Thread.currentThread().interrupt();
        IllegalStateException e;
        try {
            e = assertThrows(IllegalStateException.class, () -> ports.unitOfWork().run(() -> ran.set(true)));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt flag is kept (and cleared here)");
        }

        assertFalse(ran.get());
        assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
        ports.unitOfWork().run(() -> ran.set(true));
        assertTrue(ran.get(), "the store is usable afterwards");
    }

    @Test
    void twoStoragesShareNothing() {
        InMemoryStorage first = new InMemoryStorage();
        InMemoryStorage second = new InMemoryStorage();

        first.ports().interfaces().insert(wg(0, 51820));

        assertEquals(List.of(), second.ports().interfaces().findAll());
        assertTrue(first.ports().interfaces().findById(InterfaceId.FIRST).isPresent());
        assertSame(first.ports(), first.ports());
    }

    private static WgInterface wg(int id, int port) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) (id + 1));
        WgKey privateKey = WgKey.ofBytes(bytes);
        Arrays.fill(bytes, (byte) (id + 101));
        return WgInterface.create(new InterfaceId(id), new WgKeyPair(privateKey, WgKey.ofBytes(bytes)), new ListenPort(port),
                Ipv4Cidr.parse("10." + id + ".0.1/24"), Mtu.DEFAULT);
    }
}
