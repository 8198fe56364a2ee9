package io.candypanel.adapter.wireguard;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the server side {@code wgN.conf} of one interface with its enabled peers, in the
 * wg-quick format, and the stripped form that {@code wg syncconf} accepts.
 *
 * <p>wg-quick runs {@code PostUp}/{@code PostDown} as root, so one injected line in this file is a
 * root shell (the original's weakness §13.5). Every value therefore goes through
 * {@link #singleLine}, even those whose domain type already forbids newlines: the guard must not
 * depend on every future caller remembering that. There is deliberately no {@code DNS} line: on a
 * server it makes wg-quick rewrite the host's resolver.
 *
 * <p>{@code Table = off} stops wg-quick from adding a route per peer: every peer's AllowedIPs is a
 * /32 inside the interface's range, which the {@code Address} line already routes. Without it
 * wg-quick up runs one {@code ip route} check per peer, measured at 3.8 s for 1,000 peers.
 *
 * <p>A dual-stack interface (one with an IPv6 range) gets both addresses on its {@code Address} line,
 * both host routes on each peer's {@code AllowedIPs} line ({@link AllowedIps}), and the ip6tables
 * twins of the IPv4 forwarding and NAT rules in PostUp/PostDown. An IPv4-only interface renders
 * exactly as before dual stack existed, byte for byte, so its running interface is not restarted.
 */
final class ServerConfigRenderer {
    /** Linux interface names: at most 15 characters (IFNAMSIZ - 1), and nothing a shell would interpret. */
    static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    /**
     * NAT is useless without forwarding, which is off by default on a fresh host and in every new
     * network namespace. It is switched on at PostUp, never off at PostDown (other interfaces or
     * services may rely on it). wg-quick runs hooks under {@code set -e}, so if this fails (a
     * read-only /proc/sys in a container) wg-quick up fails with sysctl's message instead of
     * leaving a tunnel that silently routes nothing.
     */
    static final String ENABLE_FORWARDING = "sysctl -q -w net.ipv4.ip_forward=1";
    /**
     * The IPv6 twin of {@link #ENABLE_FORWARDING}, only on a dual-stack interface. Linux then stops
     * accepting router advertisements on interfaces whose {@code accept_ra} is 1: a host that gets
     * its own IPv6 default route by SLAAC needs {@code accept_ra=2} on its uplink.
     */
    static final String ENABLE_IPV6_FORWARDING = "sysctl -q -w net.ipv6.conf.all.forwarding=1";

    private final String wanInterface;

    /**
     * @param wanInterface the host's outgoing interface for the NAT rule (e.g. {@code eth0})
     */
    ServerConfigRenderer(String wanInterface) {
        Objects.requireNonNull(wanInterface, "wanInterface");
        if (!INTERFACE_NAME.matcher(wanInterface).matches()) {
            throw new IllegalArgumentException("'" + printable(wanInterface)
                    + "' is not a network interface name (1-15 of letters, digits, '_', '.', '-').");
        }
        this.wanInterface = wanInterface;
    }

    /** The full wg-quick file: what {@code wg-quick up} reads. */
    String render(WgInterface wgInterface, List<Client> enabledPeers) {
        List<Client> peers = checkedPeers(wgInterface, enabledPeers);
        String name = wgInterface.name();
        StringBuilder out = new StringBuilder();
        out.append("[Interface]\n");
        Optional<Ipv6Cidr> ipv6Range = wgInterface.ipv6Range();
        line(out, "Address", wgInterface.addressRange() + ipv6Range.map(range -> ", " + range).orElse(""));
        line(out, "ListenPort", wgInterface.listenPort().toString());
        line(out, "PrivateKey", wgInterface.keys().privateKey().base64());
        line(out, "MTU", wgInterface.mtu().toString());
        line(out, "Table", "off");
        String ipv4Network = wgInterface.addressRange().networkNotation();
        Optional<String> ipv6Network = ipv6Range.map(range -> range.network() + "/" + range.prefixLength());
        line(out, "PostUp", ENABLE_FORWARDING + "; " + natRules("iptables", "-A", name, ipv4Network)
                + ipv6Network.map(network -> "; " + ENABLE_IPV6_FORWARDING + "; " + natRules("ip6tables", "-A", name, network))
                        .orElse(""));
        line(out, "PostDown", natRules("iptables", "-D", name, ipv4Network)
                + ipv6Network.map(network -> "; " + natRules("ip6tables", "-D", name, network)).orElse(""));
        appendPeers(out, peers);
        return out.toString();
    }

    /**
     * The file with the wg-quick-only keys removed, line for line what {@code wg-quick strip} prints
     * (minus the newline its final {@code echo} adds). ListenPort and PrivateKey must stay: a file
     * without them makes {@code wg syncconf} reset the port and clear the key.
     */
    String renderStripped(WgInterface wgInterface, List<Client> enabledPeers) {
        List<Client> peers = checkedPeers(wgInterface, enabledPeers);
        StringBuilder out = new StringBuilder();
        out.append("[Interface]\n");
        line(out, "ListenPort", wgInterface.listenPort().toString());
        line(out, "PrivateKey", wgInterface.keys().privateKey().base64());
        appendPeers(out, peers);
        return out.toString();
    }

    /** @param tool {@code iptables} or {@code ip6tables}: the same three rules for either family */
    private String natRules(String tool, String action, String interfaceName, String clientNetwork) {
        return tool + " " + action + " FORWARD -i " + interfaceName + " -j ACCEPT; "
                + tool + " " + action + " FORWARD -o " + interfaceName + " -j ACCEPT; "
                + tool + " -t nat " + action + " POSTROUTING -s " + clientNetwork + " -o " + wanInterface + " -j MASQUERADE";
    }

    private static void appendPeers(StringBuilder out, List<Client> peers) {
        for (Client peer : peers) {
            out.append("\n[Peer]\n");
            out.append("# ").append(singleLine("client name", peer.name().value())).append('\n');
            line(out, "PublicKey", peer.keys().publicKey().base64());
            line(out, "PresharedKey", peer.presharedKey().base64());
            line(out, "AllowedIPs", AllowedIps.configValue(peer));
        }
    }

    /**
     * Refuses peers that would make the file lie: a peer of another interface, a disabled one (it
     * would keep its tunnel), two peers sharing a key or an address of either family (wg silently
     * keeps only one), or an IPv6 address outside the interface's IPv6 range (none on an IPv4-only
     * interface: the server would have no route for it). Peers are sorted by IPv4 address so the
     * same state always gives the same bytes.
     */
    private static List<Client> checkedPeers(WgInterface wgInterface, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        Set<String> publicKeys = new HashSet<>();
        Set<Integer> addresses = new HashSet<>();
        Set<Ipv6Address> ipv6Addresses = new HashSet<>();
        for (Client peer : enabledPeers) {
            Objects.requireNonNull(peer, "peer");
            if (!peer.interfaceId().equals(wgInterface.id())) {
                throw new IllegalArgumentException(peer + " does not belong to " + wgInterface.name());
            }
            if (!peer.isEnabled()) {
                throw new IllegalArgumentException(peer + " is disabled and must not be a peer of " + wgInterface.name());
            }
            if (!publicKeys.add(peer.keys().publicKey().base64())) {
                throw new IllegalArgumentException(peer + " has the same public key as another peer of " + wgInterface.name());
            }
            if (!addresses.add(peer.address().value())) {
                throw new IllegalArgumentException(peer + " has the same address as another peer of " + wgInterface.name());
            }
            Optional<Ipv6Address> ipv6 = peer.ipv6Address();
            if (ipv6.isPresent()) {
                if (wgInterface.ipv6Range().filter(range -> range.contains(ipv6.get())).isEmpty()) {
                    throw new IllegalArgumentException(peer + " has the IPv6 address " + ipv6.get() + ", which is not in the IPv6 range of "
                            + wgInterface.name() + wgInterface.ipv6Range().map(range -> " (" + range + ")").orElse(" (it has none)"));
                }
                if (!ipv6Addresses.add(ipv6.get())) {
                    throw new IllegalArgumentException(peer + " has the same IPv6 address as another peer of " + wgInterface.name());
                }
            }
        }
        List<Client> sorted = new ArrayList<>(enabledPeers);
        sorted.sort(Comparator.comparing(Client::address));
        return sorted;
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(" = ").append(singleLine(key, value)).append('\n');
    }

    /**
     * Every value written passes here: a control character (newline, carriage return, NUL...) could
     * start a new directive. The message names the field, never the value, which may be a key.
     */
    static String singleLine(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + field + " for the WireGuard config contains a control character "
                    + "(such as a newline) and was refused, because it could inject configuration lines.");
        }
        return value;
    }

    private static String printable(String text) {
        String shortened = text.length() > 32 ? text.substring(0, 32) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
