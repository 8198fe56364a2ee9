package io.candypanel.domain.wginterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The mutators of {@link WgInterface}: each changes its own field and nothing else. */
class WgInterfaceTest {
    private final WgKeyPair keys = new WgKeyGenerator(new SecureRandom()).newKeyPair();
    private final WgInterface wg1 = WgInterface.create(new InterfaceId(1), keys, new ListenPort(51821),
            Ipv4Cidr.parse("10.1.0.1/24"), new Mtu(1380));

    private void assertUnchangedExcept(String field) {
        assertEquals(new InterfaceId(1), wg1.id());
        assertEquals("wg1", wg1.name());
        assertEquals(keys, wg1.keys());
        assertEquals(new Mtu(1380), wg1.mtu());
        if (!field.equals("port")) {
            assertEquals(new ListenPort(51821), wg1.listenPort());
        }
        if (!field.equals("range")) {
            assertEquals(Ipv4Cidr.parse("10.1.0.1/24"), wg1.addressRange());
        }
        if (!field.equals("up")) {
            assertTrue(wg1.isUp());
        }
    }

    @Test
    void changeListenPort() {
        wg1.changeListenPort(new ListenPort(443));
        assertEquals(new ListenPort(443), wg1.listenPort());
        assertEquals("WgInterface[wg1, 10.1.0.1/24, port 443]", wg1.toString());
        assertUnchangedExcept("port");
    }

    @Test
    void changeAddressRange() {
        wg1.changeAddressRange(Ipv4Cidr.parse("10.9.0.1/16"));
        assertEquals(Ipv4Cidr.parse("10.9.0.1/16"), wg1.addressRange());
        assertUnchangedExcept("range");
    }

    @Test
    void bringDownAndUpAgain() {
        wg1.bringDown();
        assertFalse(wg1.isUp());
        assertEquals("WgInterface[wg1, 10.1.0.1/24, port 51821, down]", wg1.toString());
        assertUnchangedExcept("up");
        wg1.bringDown();
        assertFalse(wg1.isUp(), "bringing a down interface down keeps it down");

        wg1.bringUp();
        assertTrue(wg1.isUp());
        wg1.bringUp();
        assertTrue(wg1.isUp());
        assertUnchangedExcept("none");
    }

    @Test
    void nullIsRefusedAndLeavesTheInterfaceAsItWas() {
        assertThrows(NullPointerException.class, () -> wg1.changeListenPort(null));
        assertThrows(NullPointerException.class, () -> wg1.changeAddressRange(null));
        assertUnchangedExcept("none");
    }
}
