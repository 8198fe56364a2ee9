package io.candypanel.examples.embedding;

import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link WireGuardPort} that touches no kernel: it records every call it gets and answers
 * {@link #readAll()} with a recorded {@code wg show all dump}. Keys are generated afresh on every run,
 * so the recording names them by placeholder ({@code {{alice}}}, {@code {{alice.preshared}}},
 * {@code {{wg0}}}, {@code {{wg0.private}}}); they are filled in with the keys of the interfaces and
 * peers the core handed to this port. Thread-safe: the core reads the dump on its own thread.
 */
public final class RecordedWireGuard implements WireGuardPort {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9_.-]+)}}");

    private final String recording;
    private final Clock clock;
    private final Map<String, String> keys = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    public RecordedWireGuard(String recording, Clock clock) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The recording shipped with this example ({@code recorded-wg-show-all-dump.txt}). */
    public static RecordedWireGuard fromResource(String resource, Clock clock) {
        try (InputStream in = RecordedWireGuard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return new RecordedWireGuard(new String(in.readAllBytes(), StandardCharsets.UTF_8), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every call so far, e.g. {@code "addPeer wg0 alice"}, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public KernelStatus status() {
        return new KernelStatus(KernelStatus.Mode.KERNEL, "a recorded `wg show all dump` (no kernel is touched)");
    }

    @Override
    public synchronized void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        learn(wgInterface, enabledPeers);
        calls.add("applyInterface " + wgInterface.name() + " " + names(enabledPeers));
    }

    @Override
    public synchronized void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
        learn(wgInterface, enabledPeers);
        learn(peer);
        calls.add("addPeer " + wgInterface.name() + " " + peer.name().value());
    }

    @Override
    public synchronized void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
        learn(wgInterface, enabledPeers);
        calls.add("removePeer " + wgInterface.name() + " " + nameOf(publicKey));
    }

    @Override
    public synchronized void restartInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        learn(wgInterface, enabledPeers);
        calls.add("restartInterface " + wgInterface.name());
    }

    @Override
    public synchronized void removeInterface(WgInterface wgInterface) {
        calls.add("removeInterface " + wgInterface.name());
    }

    @Override
    public synchronized KernelSnapshot readAll() {
        calls.add("readAll");
        Matcher placeholders = PLACEHOLDER.matcher(recording);
        StringBuilder dump = new StringBuilder();
        while (placeholders.find()) {
            String key = keys.get(placeholders.group(1));
            if (key == null) {
                throw new KernelOperationException("The recording names " + placeholders.group(1)
                        + ", which WireGuard was never given.");
            }
            placeholders.appendReplacement(dump, Matcher.quoteReplacement(key));
        }
        placeholders.appendTail(dump);
        return parse(dump.toString(), clock.instant());
    }

    private void learn(WgInterface wgInterface, List<Client> peers) {
        keys.put(wgInterface.name(), wgInterface.keys().publicKey().base64());
        keys.put(wgInterface.name() + ".private", wgInterface.keys().privateKey().base64());
        peers.forEach(this::learn);
    }

    private void learn(Client peer) {
        keys.put(peer.name().value(), peer.keys().publicKey().base64());
        keys.put(peer.name().value() + ".preshared", peer.presharedKey().base64());
    }

    private String nameOf(WgKey publicKey) {
        return keys.entrySet().stream()
                .filter(e -> e.getValue().equals(publicKey.base64()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("(unknown peer)");
    }

    private static List<String> names(List<Client> peers) {
        return peers.stream().map(c -> c.name().value()).toList();
    }

    /**
     * {@code wg show all dump}: tab-separated; an interface line has 5 fields (name, private key,
     * public key, listen port, fwmark), a peer line 9 (name, public key, preshared key, endpoint,
     * allowed IPs, latest handshake in epoch seconds, rx bytes, tx bytes, keepalive); "(none)" is absent.
     */
    static KernelSnapshot parse(String dump, Instant takenAt) {
        Map<String, WgKey> interfaceKeys = new LinkedHashMap<>();
        Map<String, Integer> ports = new HashMap<>();
        Map<String, List<PeerReading>> peers = new LinkedHashMap<>();
        for (String line : dump.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                interfaceKeys.put(f[0], new WgKey(f[2]));
                ports.put(f[0], Integer.parseInt(f[3]));
                peers.put(f[0], new ArrayList<>());
            } else if (f.length == 9) {
                long handshake = Long.parseLong(f[5]);
                peers.get(f[0]).add(new PeerReading(new WgKey(f[1]),
                        "(none)".equals(f[3]) ? Optional.empty() : Optional.of(f[3]),
                        handshake == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(handshake)),
                        Long.parseLong(f[6]), Long.parseLong(f[7]),
                        "(none)".equals(f[4]) ? List.of() : Arrays.asList(f[4].split(",")),
                        !"(none)".equals(f[2])));
            } else {
                throw new KernelOperationException("Not a line of `wg show all dump`: " + f.length + " fields.");
            }
        }
        Map<String, InterfaceReading> readings = new LinkedHashMap<>();
        interfaceKeys.forEach((name, key) -> readings.put(name, new InterfaceReading(name, key, ports.get(name), peers.get(name))));
        return new KernelSnapshot(takenAt, readings);
    }
}
