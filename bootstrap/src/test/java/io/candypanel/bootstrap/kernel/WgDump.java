package io.candypanel.bootstrap.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code wg show <interface> dump}, parsed: the interface line, then one line per peer (tab-separated). */
/** Holds no private or preshared key, so it can be printed. */
record WgDump(String interfaceName, String publicKey, int listenPort, List<Peer> peers) {

    record Peer(String publicKey, boolean hasPresharedKey, String endpoint, String allowedIps, long latestHandshake,
                long rx, long tx, String keepalive) {
    }

    /** Reads the interface's dump. wg reaches a userspace interface from any namespace (the socket directory is shared). */
    static WgDump read(String interfaceName) {
        Sh.Result result = Sh.run("wg", "show", interfaceName, "dump");
        if (!result.ok()) {
            throw new AssertionError("could not read the WireGuard dump: " + result);
        }
        return parse(interfaceName, result.out());
    }

    /** Whether the interface exists right now, as wg sees it. */
    static boolean exists(String interfaceName) {
        return Sh.run("wg", "show", interfaceName, "dump").ok();
    }

    static WgDump parse(String interfaceName, String text) {
        String[] lines = text.strip().split("\n");
        String[] head = lines[0].split("\t");
        if (head.length != 4) {
            throw new AssertionError("unexpected interface line in the dump of " + interfaceName + ": " + lines[0]);
        }
        List<Peer> peers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length != 8) {
                throw new AssertionError("unexpected peer line in the dump of " + interfaceName + ": " + lines[i]);
            }
            peers.add(new Peer(f[0], !"(none)".equals(f[1]), f[2], f[3], Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), f[7]));
        }
        return new WgDump(interfaceName, head[1], Integer.parseInt(head[2]), List.copyOf(peers));
    }

    Optional<Peer> peer(String publicKey) {
        return peers.stream().filter(p -> p.publicKey().equals(publicKey)).findFirst();
    }

    /** For failure messages and logs. */
    String describe() {
        StringBuilder out = new StringBuilder(interfaceName + ": public " + publicKey + " port " + listenPort);
        for (Peer p : peers) {
            out.append("\n  peer ").append(p.publicKey()).append(" psk=").append(p.hasPresharedKey() ? "set" : "none")
                    .append(" endpoint=").append(p.endpoint()).append(" allowed=").append(p.allowedIps())
                    .append(" hs=").append(p.latestHandshake()).append(" rx=").append(p.rx()).append(" tx=").append(p.tx());
        }
        return out.toString();
    }
}
