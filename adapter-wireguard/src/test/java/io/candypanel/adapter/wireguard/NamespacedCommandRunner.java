package io.candypanel.adapter.wireguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Test-only: runs every command inside a network namespace ({@code ip netns exec NS ...}) and
 * remembers the commands as the adapter issued them, before the prefix. Production code never
 * prefixes; the panel itself runs in the namespace it drives.
 */
final class NamespacedCommandRunner implements CommandRunner {
    private final String namespace;
    private final CommandRunner delegate;
    private final List<List<String>> issued = new ArrayList<>();

    NamespacedCommandRunner(String namespace, CommandRunner delegate) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Result run(Command command) {
        synchronized (issued) {
            issued.add(command.argv());
        }
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        argv.addAll(command.argv());
        return delegate.run(command.withArgv(argv));
    }

    List<List<String>> issued() {
        synchronized (issued) {
            return List.copyOf(issued);
        }
    }
}
