package io.candypanel.domain.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelSnapshotTest {
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");
    private static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private final WgKey a = KEYS.newKeyPair().publicKey();
    private final WgKey b = KEYS.newKeyPair().publicKey();
    private final WgKey c = KEYS.newKeyPair().publicKey();

    private static PeerReading peer(WgKey key, long rx, long tx) {
        return new PeerReading(key, Optional.empty(), Optional.empty(), rx, tx, List.of("10.0.0.2/32"), true);
    }

    private InterfaceReading wg0() {
        return new InterfaceReading("wg0", KEYS.newKeyPair().publicKey(), 51820, List.of(peer(a, 1, 2), peer(b, 3, 4)));
    }

    @Test
    void anInterfaceFindsItsPeersByKey() {
        InterfaceReading wg0 = wg0();
        assertEquals(Optional.of(peer(a, 1, 2)), wg0.peer(a));
        assertEquals(Optional.of(peer(b, 3, 4)), wg0.peer(b));
        assertEquals(Optional.empty(), wg0.peer(c));

        Map<WgKey, PeerReading> byKey = wg0.peersByKey();
        assertEquals(Set.of(a, b), byKey.keySet());
        assertEquals(3, byKey.get(b).receivedBytes());
        assertEquals(List.of(a, b), new ArrayList<>(byKey.keySet()), "in dump order");
    }

    @Test
    void peersByKeyIsAFreshMapEachTime() {
        InterfaceReading wg0 = wg0();
        Map<WgKey, PeerReading> first = wg0.peersByKey();
        first.remove(a);
        assertEquals(2, wg0.peersByKey().size(), "a caller's map does not change the reading");
        assertEquals(2, wg0.peers().size());
    }

    @Test
    void anInterfaceReadingCopiesItsPeers() {
        List<PeerReading> peers = new ArrayList<>(List.of(peer(a, 1, 2)));
        InterfaceReading reading = new InterfaceReading("wg0", a, 51820, peers);
        peers.add(peer(b, 0, 0));
        assertEquals(1, reading.peers().size());
        assertThrows(UnsupportedOperationException.class, () -> reading.peers().add(peer(c, 0, 0)));
        assertThrows(NullPointerException.class, () -> new InterfaceReading(null, a, 1, List.of()));
        assertThrows(NullPointerException.class, () -> new InterfaceReading("wg0", null, 1, List.of()));
    }

    @Test
    void aSnapshotLooksUpInterfacesByNameAndCountsAllPeers() {
        InterfaceReading wg0 = wg0();
        InterfaceReading wg1 = new InterfaceReading("wg1", KEYS.newKeyPair().publicKey(), 51821, List.of(peer(c, 0, 0)));
        InterfaceReading foreign = new InterfaceReading("tun-ops", KEYS.newKeyPair().publicKey(), 1194, List.of());
        KernelSnapshot snapshot = new KernelSnapshot(AT, Map.of("wg0", wg0, "wg1", wg1, "tun-ops", foreign));

        assertEquals(Optional.of(wg0), snapshot.interfaceNamed("wg0"));
        assertEquals(Optional.of(wg1), snapshot.interfaceNamed("wg1"));
        assertEquals(Optional.empty(), snapshot.interfaceNamed("wg2"));
        assertEquals(3, snapshot.peerCount());
        assertEquals(3, snapshot.all().size());
        assertTrue(snapshot.all().contains(foreign), "interfaces the panel does not manage are kept, not dropped");
        assertEquals(AT, snapshot.takenAt());
    }

    @Test
    void anEmptySnapshotHasNothing() {
        KernelSnapshot empty = KernelSnapshot.empty(AT);
        assertEquals(AT, empty.takenAt());
        assertEquals(0, empty.peerCount());
        assertTrue(empty.all().isEmpty());
        assertFalse(empty.interfaceNamed("wg0").isPresent());
    }

    @Test
    void aSnapshotCopiesItsMap() {
        Map<String, InterfaceReading> map = new HashMap<>();
        map.put("wg0", wg0());
        KernelSnapshot snapshot = new KernelSnapshot(AT, map);
        map.clear();
        assertTrue(snapshot.interfaceNamed("wg0").isPresent());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.interfaces().put("wg9", wg0()));
        assertThrows(NullPointerException.class, () -> new KernelSnapshot(null, Map.of()));
    }

    @Test
    void aPeerReadingRefusesNegativeCountersAndCopiesItsRoutes() {
        assertThrows(IllegalArgumentException.class, () -> peer(a, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> peer(a, 0, -1));
        assertThrows(NullPointerException.class,
                () -> new PeerReading(null, Optional.empty(), Optional.empty(), 0, 0, List.of(), true));
        assertThrows(NullPointerException.class,
                () -> new PeerReading(a, null, Optional.empty(), 0, 0, List.of(), true));
        assertThrows(NullPointerException.class,
                () -> new PeerReading(a, Optional.empty(), null, 0, 0, List.of(), true));
        List<String> routes = new ArrayList<>(List.of("10.0.0.2/32"));
        PeerReading reading = new PeerReading(a, Optional.empty(), Optional.empty(), 0, 0, routes, false);
        routes.add("0.0.0.0/0");
        assertEquals(List.of("10.0.0.2/32"), reading.allowedIps());
        assertFalse(reading.hasPresharedKey());
    }
}
