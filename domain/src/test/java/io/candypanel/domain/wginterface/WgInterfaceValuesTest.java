package io.candypanel.domain.wginterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WgInterfaceValuesTest {

    @ParameterizedTest
    @CsvSource({"wg0, 0", "wg1, 1", "wg12, 12", "wg9999, 9999"})
    void interfaceIdFromName(String name, int id) {
        InterfaceId interfaceId = InterfaceId.fromName(name);
        assertEquals(id, interfaceId.value());
        assertEquals(name, interfaceId.interfaceName());
        assertEquals(name, interfaceId.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wg", "wg01", "wg00", "eth0", "wg0\n", "\nwg0", "wg0 ", "WG0", "wg-1", "wg+1", "wg10000", "wg1a",
            "wg\u0661", "", "wg0;reboot"})
    void interfaceIdRefusesOtherNames(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> InterfaceId.fromName(name));
        assertFalse(e.getMessage().contains("\n"), "control characters are not echoed: " + e.getMessage());
    }

    @Test
    void interfaceIdRefusesNullAndOutOfRangeValues() {
        assertThrows(InvalidValueException.class, () -> InterfaceId.fromName(null));
        assertThrows(InvalidValueException.class, () -> new InterfaceId(-1));
        assertThrows(InvalidValueException.class, () -> new InterfaceId(10_000));
        assertEquals(0, InterfaceId.FIRST.value());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 443, 51820, 65535})
    void listenPortAcceptsOneTo65535(int port) {
        assertEquals(Integer.toString(port), new ListenPort(port).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 65536, Integer.MAX_VALUE})
    void listenPortRefusesOthers(int port) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ListenPort(port));
        assertTrue(e.getMessage().contains(Integer.toString(port)), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1420, 9000})
    void mtuAccepts1280To9000(int mtu) {
        assertEquals(mtu, new Mtu(mtu).value());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 576, 1279, 9001, 65535})
    void mtuRefusesOthers(int mtu) {
        assertThrows(InvalidValueException.class, () -> new Mtu(mtu));
    }

    @Test
    void aNewInterfaceIsUpAndRestoreKeepsTheStoredState() {
        WgKeyPair keys = new WgKeyGenerator(new SecureRandom()).newKeyPair();
        WgInterface created = WgInterface.create(new InterfaceId(2), keys, new ListenPort(51822),
                Ipv4Cidr.parse("10.2.0.1/24"), Mtu.DEFAULT);
        assertTrue(created.isUp());
        assertEquals("wg2", created.name());
        assertEquals(keys, created.keys());
        assertEquals(new ListenPort(51822), created.listenPort());
        assertEquals(Ipv4Cidr.parse("10.2.0.1/24"), created.addressRange());
        assertEquals(Mtu.DEFAULT, created.mtu());
        assertEquals("WgInterface[wg2, 10.2.0.1/24, port 51822]", created.toString());
        assertFalse(created.toString().contains(keys.privateKey().base64()));

        WgInterface down = WgInterface.restore(new InterfaceId(2), keys, new ListenPort(51822),
                Ipv4Cidr.parse("10.2.0.1/24"), new Mtu(1380), false);
        assertFalse(down.isUp());
        assertEquals("WgInterface[wg2, 10.2.0.1/24, port 51822, down]", down.toString());
    }
}
