package io.candypanel.domain.wginterface;

import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import java.util.Objects;
import java.util.Optional;

/** A WireGuard server interface {@code wgN}: its keys, port, address range and whether it should be up. */
public final class WgInterface {
    private final InterfaceId id;
    private final WgKeyPair keys;
    private ListenPort listenPort;
    private Ipv4Cidr addressRange;
    private Mtu mtu;
    private boolean up;
    private Ipv6Cidr ipv6Range;

    private WgInterface(InterfaceId id, WgKeyPair keys, ListenPort listenPort, Ipv4Cidr addressRange, Mtu mtu, boolean up) {
        this.id = Objects.requireNonNull(id, "id");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.listenPort = Objects.requireNonNull(listenPort, "listenPort");
        this.addressRange = Objects.requireNonNull(addressRange, "addressRange");
        this.mtu = Objects.requireNonNull(mtu, "mtu");
        this.up = up;
    }

    public static WgInterface create(InterfaceId id, WgKeyPair keys, ListenPort listenPort, Ipv4Cidr addressRange, Mtu mtu) {
        return new WgInterface(id, keys, listenPort, addressRange, mtu, true);
    }

    public static WgInterface restore(InterfaceId id, WgKeyPair keys, ListenPort listenPort, Ipv4Cidr addressRange, Mtu mtu, boolean up) {
        return new WgInterface(id, keys, listenPort, addressRange, mtu, up);
    }

    public void changeListenPort(ListenPort newPort) {
        listenPort = Objects.requireNonNull(newPort, "newPort");
    }

    /** The service checks that every client of the interface still fits the new range. */
    public void changeAddressRange(Ipv4Cidr newRange) {
        addressRange = Objects.requireNonNull(newRange, "newRange");
    }

    /**
     * Makes the interface dual-stack: its clients get IPv6 addresses from this range. Once (the service
     * checks the range overlaps no other interface's; a repository restores the stored one).
     */
    public void assignIpv6Range(Ipv6Cidr range) {
        Objects.requireNonNull(range, "range");
        if (ipv6Range != null && !ipv6Range.equals(range)) {
            throw new IllegalStateException(name() + " already has the IPv6 range " + ipv6Range);
        }
        ipv6Range = range;
    }

    /** Empty for an IPv4-only interface. */
    public Optional<Ipv6Cidr> ipv6Range() {
        return Optional.ofNullable(ipv6Range);
    }

    public void bringUp() {
        up = true;
    }

    public void bringDown() {
        up = false;
    }

    public InterfaceId id() {
        return id;
    }

    public String name() {
        return id.interfaceName();
    }

    public WgKeyPair keys() {
        return keys;
    }

    public ListenPort listenPort() {
        return listenPort;
    }

    public Ipv4Cidr addressRange() {
        return addressRange;
    }

    public Mtu mtu() {
        return mtu;
    }

    public boolean isUp() {
        return up;
    }

    @Override
    public String toString() {
        return "WgInterface[" + name() + ", " + addressRange + ", port " + listenPort + (up ? "" : ", down") + "]";
    }
}
