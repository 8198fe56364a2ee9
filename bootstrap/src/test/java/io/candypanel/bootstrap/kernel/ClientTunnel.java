package io.candypanel.bootstrap.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VPN client: the config the panel handed out, run by its own wireguard-go in the client
 * namespace. wg setconf does not take the wg-quick keys, so Address/DNS/MTU are stripped into a 0600
 * file and done with ip; only the tunnel range is routed (never 0.0.0.0/0), and for a dual-stack
 * config also the IPv6 tunnel network (never ::/0).
 */
final class ClientTunnel implements AutoCloseable {
    private static final Pattern WG_QUICK_ONLY =
            Pattern.compile("^\\s*(Address|DNS|MTU|Table|PreUp|PostUp|PreDown|PostDown|SaveConfig)\\s*=.*$",
                    Pattern.CASE_INSENSITIVE);
    /** {@code Address = 10.66.N.2/32} or, for a client of a dual-stack interface, {@code Address = 10.66.N.2/32, fd42:42:42::2/128}. */
    private static final Pattern ADDRESS =
            Pattern.compile("^\\s*Address\\s*=\\s*([0-9.]+)/32(?:\\s*,\\s*([0-9a-fA-F:]+)/128)?\\s*$", Pattern.MULTILINE);

    private final Topology net;
    private final String name;
    private final Process wireguardGo;
    private final Path log;

    private ClientTunnel(Topology net, Process wireguardGo, Path log) {
        this.net = net;
        this.name = net.clientInterface;
        this.wireguardGo = wireguardGo;
        this.log = log;
    }

    /** The client's tunnel address from the config's {@code Address = a.b.c.d/32} line. */
    static String addressOf(String config) {
        return addressLine(config).group(1);
    }

    /** The client's IPv6 tunnel address, when the config's Address line carries one ({@code , fd42:42:42::2/128}). */
    static Optional<String> ipv6AddressOf(String config) {
        return Optional.ofNullable(addressLine(config).group(2));
    }

    private static Matcher addressLine(String config) {
        Matcher m = ADDRESS.matcher(config);
        if (!m.find()) {
            throw new AssertionError("the client config has no 'Address = x.x.x.x/32' or 'Address = x.x.x.x/32, y::z/128' line");
        }
        return m;
    }

    static String stripped(String config) {
        StringBuilder out = new StringBuilder();
        for (String line : config.split("\n")) {
            if (!WG_QUICK_ONLY.matcher(line).matches()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static ClientTunnel start(Topology net, String config, Path workDir) {
        String name = net.clientInterface;
        Path socket = Topology.WG_RUN.resolve(name + ".sock");
        if (Files.exists(socket)) {
            throw new AssertionError(socket + " already exists: another WireGuard interface is named " + name);
        }
        Path log = workDir.resolve("wireguard-go-" + name + ".log");
        Process process;
        try {
            process = new ProcessBuilder("ip", "netns", "exec", net.cli, "wireguard-go", "-f", name)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start wireguard-go for the client", e);
        }
        ClientTunnel tunnel = new ClientTunnel(net, process, log);
        try {
            Await.until("the client's wireguard-go socket " + socket, Duration.ofSeconds(15),
                    () -> Files.exists(socket) || !process.isAlive(), tunnel::logText);
            if (!process.isAlive()) {
                throw new AssertionError("the client's wireguard-go exited:\n" + tunnel.logText());
            }
            Path file = workDir.resolve(name + ".conf");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, stripped(config));
            Sh.ok("wg", "setconf", name, file.toString());
            Sh.ok("ip", "-n", net.cli, "addr", "add", addressOf(config) + "/32", "dev", name);
            Sh.ok("ip", "-n", net.cli, "link", "set", name, "up");
            Sh.ok("ip", "-n", net.cli, "route", "add", net.tunnelNetwork(), "dev", name);
            Optional<String> ipv6 = ipv6AddressOf(config);
            if (ipv6.isPresent()) {
                Sh.ok("ip", "-n", net.cli, "-6", "addr", "add", ipv6.get() + "/128", "dev", name);
                Sh.ok("ip", "-n", net.cli, "-6", "route", "add", net.ipv6TunnelNetwork(), "dev", name);
            }
        } catch (IOException e) {
            tunnel.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | AssertionError e) {
            tunnel.close();
            throw e;
        }
        return tunnel;
    }

    boolean isAlive() {
        return wireguardGo.isAlive();
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Deletes the link (wireguard-go then exits) and ends the process by its PID if it lingers. */
    @Override
    public void close() {
        if (Topology.namespaceExists(net.cli)) {
            Sh.Result links = Sh.run("ip", "-n", net.cli, "-o", "link", "show", name);
            if (links.ok()) {
                Sh.run("ip", "-n", net.cli, "link", "del", name);
            }
        }
        try {
            if (!wireguardGo.waitFor(5, TimeUnit.SECONDS)) {
                wireguardGo.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            wireguardGo.destroyForcibly();
        }
    }

    List<String> describe() {
        return List.of(name + " in " + net.cli + " (wireguard-go pid " + wireguardGo.pid() + ")");
    }
}
