package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A {@link CommandRunner} that plays a small WireGuard host: it knows which interfaces run, answers
 * {@code wg show}, starts and stops interfaces on {@code wg-quick up/down}, refuses live changes to
 * an interface that does not run, and records every call with what the config file held at that
 * moment. Unknown commands fail the test. Thread-safe.
 */
final class FakeKernel implements CommandRunner {
    /** One call as the adapter made it; {@code fileAtCall} is the wg-quick file's content, if the call named one. */
    record Call(List<String> argv, Optional<String> stdin, Optional<String> fileAtCall, Optional<Duration> timeout) {
        String line() {
            return String.join(" ", argv);
        }
    }

    private final Set<String> running = new LinkedHashSet<>();
    private final List<Call> calls = new ArrayList<>();
    private String dump = "";
    private Predicate<List<String>> failing = argv -> false;
    private int lingeringPolls;
    private String lingering;  // brought down, still listed for pollsLeft more checks
    private int pollsLeft;
    private Consumer<List<String>> duringCall = argv -> { };

    synchronized FakeKernel running(String... names) {
        running.addAll(List.of(names));
        return this;
    }

    synchronized FakeKernel dump(String text) {
        dump = text;
        return this;
    }

    /** Matching commands exit 1 with a wg-like message on stderr. */
    synchronized FakeKernel failWhen(Predicate<List<String>> matching) {
        failing = matching;
        return this;
    }

    /** After wg-quick down, the interface keeps showing up in this many {@code wg show interfaces} (wireguard-go is slow to exit). */
    synchronized FakeKernel lingerAfterDown(int polls) {
        lingeringPolls = polls;
        return this;
    }

    /** Runs inside every call, outside the fake's lock, so tests can watch concurrency. */
    synchronized FakeKernel during(Consumer<List<String>> hook) {
        duringCall = hook;
        return this;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> lines() {
        return calls.stream().map(Call::line).toList();
    }

    synchronized Set<String> runningNow() {
        return Set.copyOf(running);
    }

    @Override
    public Result run(Command command) {
        Consumer<List<String>> hook;
        synchronized (this) {
            hook = duringCall;
        }
        hook.accept(command.argv());
        synchronized (this) {
            return answer(command);
        }
    }

    private Result answer(Command command) {
        List<String> argv = command.argv();
        Optional<String> stdin = command.stdin().map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        Optional<String> file = argv.size() == 3 && "wg-quick".equals(argv.get(0)) ? read(Path.of(argv.get(2))) : Optional.empty();
        calls.add(new Call(argv, stdin, file, command.timeout()));
        if (failing.test(argv)) {
            throw new KernelOperationException(command + " failed with exit code 1: Unable to modify interface: Address already in use");
        }
        String joined = String.join(" ", argv);
        if (joined.equals("wg show interfaces")) {
            String listed = String.join(" ", running) + "\n";
            if (lingering != null && --pollsLeft <= 0) {
                running.remove(lingering);
                lingering = null;
            }
            return ok(listed);
        }
        if (joined.equals("wg show all dump")) {
            return ok(dump);
        }
        if (argv.size() == 3 && argv.get(0).equals("wg-quick")) {
            String name = Path.of(argv.get(2)).getFileName().toString().replaceFirst("\\.conf$", "");
            if (argv.get(1).equals("up")) {
                if (file.isEmpty() || !running.add(name)) {
                    throw new KernelOperationException(command + " failed with exit code 1: wg-quick: `" + name + "' already exists");
                }
                return ok("");
            }
            if (argv.get(1).equals("down")) {
                if (file.isEmpty() || !running.contains(name)) {
                    throw new KernelOperationException(command + " failed with exit code 1: wg-quick: `" + name + "' is not a WireGuard interface");
                }
                if (lingeringPolls == 0) {
                    running.remove(name);
                } else {
                    lingering = name;
                    pollsLeft = lingeringPolls;
                }
                return ok("");
            }
        }
        if (argv.size() >= 3 && argv.get(0).equals("wg") && (argv.get(1).equals("syncconf") || argv.get(1).equals("set"))) {
            if (!running.contains(argv.get(2))) {
                throw new KernelOperationException(command + " failed with exit code 1: Unable to modify interface: No such device");
            }
            return ok("");
        }
        throw new AssertionError("unexpected command " + joined);
    }

    private static Result ok(String stdout) {
        return new Result(0, stdout, "");
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
