package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs external programs for the adapter. It is the project's one seam for processes (style guide
 * §4.1 item 17): commands are argument lists, never shell strings; secrets travel on stdin, never in
 * the arguments, which show up in {@code ps}, logs and error messages. Tests replace it with a
 * recorder.
 */
public interface CommandRunner {

    /**
     * Runs the command to completion and returns what it printed.
     *
     * @throws KernelOperationException the command could not start, did not finish within its
     *                                  timeout (it is then killed with its child processes), or
     *                                  exited with a non-zero code and does not
     *                                  {@linkplain Command#allowingFailure() allow failure}. The
     *                                  message names the command and quotes the start of its
     *                                  stderr, and is safe to show to the admin.
     */
    Result run(Command command);

    /** What a finished command printed; the output may hold secrets (a dump lists private keys), so it is never logged. */
    record Result(int exitCode, String stdout, String stderr) {
        public Result {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
        }
    }

    /**
     * One program invocation. Immutable; the {@code with...} methods return copies. {@link #toString()}
     * shows the arguments only, never stdin.
     */
    final class Command {
        private final List<String> argv;
        private final byte[] stdin;
        private final Map<String, String> environment;
        private final Duration timeout;
        private final boolean failureAllowed;

        private Command(List<String> argv, byte[] stdin, Map<String, String> environment, Duration timeout,
                        boolean failureAllowed) {
            this.argv = List.copyOf(argv);
            if (this.argv.isEmpty() || this.argv.get(0).isEmpty()) {
                throw new IllegalArgumentException("A command needs a program name");
            }
            this.stdin = stdin;
            this.environment = Map.copyOf(environment);
            this.timeout = timeout;
            this.failureAllowed = failureAllowed;
        }

        public static Command of(String... argv) {
            return of(Arrays.asList(argv));
        }

        public static Command of(List<String> argv) {
            Objects.requireNonNull(argv, "argv");
            return new Command(argv, null, Map.of(), null, false);
        }

        /** The same command with these arguments, keeping stdin, environment, timeout and failure handling. */
        public Command withArgv(List<String> newArgv) {
            Objects.requireNonNull(newArgv, "newArgv");
            return new Command(newArgv, stdin, environment, timeout, failureAllowed);
        }

        /** Bytes written to the program's stdin, which is then closed; the way keys reach {@code wg}. */
        public Command withStdin(byte[] input) {
            Objects.requireNonNull(input, "input");
            return new Command(argv, input.clone(), environment, timeout, failureAllowed);
        }

        /** An extra environment variable on top of this process's environment. */
        public Command withEnvironment(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Map<String, String> extended = new LinkedHashMap<>(environment);
            extended.put(name, value);
            return new Command(argv, stdin, extended, timeout, failureAllowed);
        }

        /** Overrides the runner's default timeout for this command. */
        public Command withTimeout(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("A timeout must be positive");
            }
            return new Command(argv, stdin, environment, limit, failureAllowed);
        }

        /** A non-zero exit is returned in the {@link Result} instead of thrown (timeouts still throw). */
        public Command allowingFailure() {
            return new Command(argv, stdin, environment, timeout, true);
        }

        public List<String> argv() {
            return argv;
        }

        public Optional<byte[]> stdin() {
            return Optional.ofNullable(stdin).map(byte[]::clone);
        }

        public Map<String, String> environment() {
            return environment;
        }

        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeout);
        }

        public boolean failureAllowed() {
            return failureAllowed;
        }

        /** The command line as the admin would type it, in backquotes; arguments never hold secrets. */
        @Override
        public String toString() {
            return CommandMessages.display(argv);
        }
    }
}
