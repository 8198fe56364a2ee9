package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code wg show all dump}: tab-separated, every line starting with the interface name.
 * An interface line has 5 fields ({@code name private-key public-key listen-port fwmark}), a peer
 * line 9 ({@code name public-key preshared-key endpoint allowed-ips latest-handshake rx tx
 * keepalive}); absent values are {@code (none)}, and a peer line follows its interface's line.
 *
 * <p>The interface's private key is skipped, not kept, and the preshared key is reduced to "has
 * one". Error messages name the line and the field, never a value: the text holds private keys.
 */
final class WgDumpParser {
    private static final Logger LOG = LoggerFactory.getLogger(WgDumpParser.class);
    private static final String NONE = "(none)";
    private static final int INTERFACE_FIELDS = 5;
    private static final int PEER_FIELDS = 9;

    private WgDumpParser() {
    }

    static KernelSnapshot parse(String dump, Instant takenAt) {
        Map<String, InterfaceBuilder> interfaces = new LinkedHashMap<>();
        Set<String> skipped = new HashSet<>();
        String[] lines = dump.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].endsWith("\r") ? lines[index].substring(0, lines[index].length() - 1) : lines[index];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = index + 1;
            String[] fields = line.split("\t", -1);
            if (fields[0].isEmpty()) {
                throw malformed(lineNumber, "the interface name is empty");
            }
            if (fields.length == INTERFACE_FIELDS) {
                readInterface(fields, lineNumber, interfaces, skipped);
            } else if (fields.length == PEER_FIELDS) {
                if (skipped.contains(fields[0])) {
                    continue;
                }
                InterfaceBuilder owner = interfaces.get(fields[0]);
                if (owner == null) {
                    throw malformed(lineNumber, "a peer line comes before any line of its interface");
                }
                owner.peers.add(readPeer(fields, lineNumber));
            } else {
                throw malformed(lineNumber, "expected " + INTERFACE_FIELDS + " tab-separated fields (interface) or "
                        + PEER_FIELDS + " (peer), found " + fields.length);
            }
        }
        Map<String, InterfaceReading> readings = new LinkedHashMap<>();
        interfaces.forEach((name, builder) -> readings.put(name, builder.build()));
        return new KernelSnapshot(takenAt, readings);
    }

    private static void readInterface(String[] fields, int lineNumber, Map<String, InterfaceBuilder> interfaces,
                                      Set<String> skipped) {
        String name = fields[0];
        if (interfaces.containsKey(name) || skipped.contains(name)) {
            throw malformed(lineNumber, "interface '" + printable(name) + "' appears twice");
        }
        // fields[1] is the private key: deliberately never read.
        int listenPort = (int) number(fields[3], "listen port", lineNumber, 65_535);
        if (!"off".equals(fields[4]) && !fields[4].matches("0x[0-9a-f]{1,8}")) {
            throw malformed(lineNumber, "the fwmark is neither 'off' nor a hexadecimal number");
        }
        if (NONE.equals(fields[2])) {
            // An interface created but never given a key. It carries no traffic; leaving it out makes
            // the reconciler treat it as missing, and its next apply (wg syncconf) gives it the key.
            LOG.debug("Interface {} has no key yet; left out of the snapshot", printable(name));
            skipped.add(name);
            return;
        }
        interfaces.put(name, new InterfaceBuilder(name, key(fields[2], "public key", lineNumber), listenPort));
    }

    private static PeerReading readPeer(String[] fields, int lineNumber) {
        WgKey publicKey = key(fields[1], "peer public key", lineNumber);
        boolean hasPresharedKey = !NONE.equals(fields[2]);
        Optional<String> endpoint = NONE.equals(fields[3]) ? Optional.empty() : Optional.of(fields[3]);
        List<String> allowedIps = NONE.equals(fields[4]) ? List.of() : Arrays.asList(fields[4].split(",", -1));
        if (allowedIps.stream().anyMatch(String::isEmpty)) {
            throw malformed(lineNumber, "the allowed IPs contain an empty entry");
        }
        long handshake = number(fields[5], "latest handshake", lineNumber, Long.MAX_VALUE);
        Optional<Instant> latestHandshake = handshake == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(handshake));
        long rx = number(fields[6], "received bytes", lineNumber, Long.MAX_VALUE);
        long tx = number(fields[7], "sent bytes", lineNumber, Long.MAX_VALUE);
        if (!"off".equals(fields[8])) {
            number(fields[8], "persistent keepalive", lineNumber, 65_535);
        }
        return new PeerReading(publicKey, endpoint, latestHandshake, rx, tx, allowedIps, hasPresharedKey);
    }

    private static WgKey key(String text, String field, int lineNumber) {
        try {
            return new WgKey(text);
        } catch (InvalidValueException e) {
            throw malformed(lineNumber, "the " + field + " is not a WireGuard key");
        }
    }

    /** A decimal number in [0, max]; digits only, so signs, spaces and overflow are refused. */
    private static long number(String text, String field, int lineNumber, long max) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(lineNumber, "the " + field + " is not a number");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            value = -1; // more digits than a long holds
        }
        if (value < 0 || value > max) {
            throw malformed(lineNumber, "the " + field + " is out of range");
        }
        return value;
    }

    private static KernelOperationException malformed(int lineNumber, String problem) {
        return new KernelOperationException("Unreadable output of `wg show all dump`, line " + lineNumber + ": " + problem + ".");
    }

    /** Interface names come from the kernel and are short; still, keep control characters out of messages. */
    private static String printable(String name) {
        String shortened = name.length() > 32 ? name.substring(0, 32) + "..." : name;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    private static final class InterfaceBuilder {
        final String name;
        final WgKey publicKey;
        final int listenPort;
        final List<PeerReading> peers = new ArrayList<>();

        InterfaceBuilder(String name, WgKey publicKey, int listenPort) {
            this.name = name;
            this.publicKey = publicKey;
            this.listenPort = listenPort;
        }

        InterfaceReading build() {
            return new InterfaceReading(name, publicKey, listenPort, peers);
        }
    }
}
