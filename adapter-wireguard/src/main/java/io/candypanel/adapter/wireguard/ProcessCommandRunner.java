package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class in the project that starts processes ({@link ProcessBuilder}, argument lists, no
 * shell). Every call is bounded by a timeout; on expiry the process and its children are killed.
 * stdout and stderr are drained by their own threads while the program runs, so a chatty program
 * can never block on a full pipe, and stdin is fed from another thread for the same reason.
 */
public final class ProcessCommandRunner implements CommandRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    /** A dump of 100,000 peers is about 8 MB; anything far beyond is not WireGuard talking. */
    static final int MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
    /** How long a stopped process gets to react to SIGTERM (wg-quick then removes a half-made interface) before SIGKILL. */
    private static final Duration TERMINATION_GRACE = Duration.ofSeconds(1);
    /**
     * How long to keep reading after the program exited. The pipes only close when every holder has
     * gone: a daemon started by the program (wireguard-go, when LOG_LEVEL is set) could keep them
     * open forever, while all the program's own output is already in the pipe.
     */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);

    private final Duration defaultTimeout;

    public ProcessCommandRunner() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param defaultTimeout for commands that do not set their own */
    public ProcessCommandRunner(Duration defaultTimeout) {
        Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
            throw new IllegalArgumentException("The default timeout must be positive");
        }
        this.defaultTimeout = defaultTimeout;
    }

    @Override
    public Result run(Command command) {
        Objects.requireNonNull(command, "command");
        Duration timeout = command.timeout().orElse(defaultTimeout);
        ProcessBuilder builder = new ProcessBuilder(command.argv());
        builder.environment().putAll(command.environment());
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new KernelOperationException("Could not start " + command + " (" + startFailure(e) + ").", e);
        }
        Drain stdout = Drain.start(process.getInputStream(), "stdout", process.pid());
        Drain stderr = Drain.start(process.getErrorStream(), "stderr", process.pid());
        feed(process, command);

        boolean finished;
        try {
            finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            stopTree(process);
            Thread.currentThread().interrupt();
            throw new KernelOperationException(command + " was interrupted and stopped.", e);
        }
        if (!finished) {
            stopTree(process);
            String said = CommandMessages.errorSummary(stderr.awaitText(System.nanoTime() + DRAIN_GRACE.toNanos()));
            throw new KernelOperationException(command + " did not finish within " + CommandMessages.duration(timeout)
                    + " and was stopped" + (said.isEmpty() ? "." : ": " + said));
        }
        long drainDeadline = System.nanoTime() + DRAIN_GRACE.toNanos(); // one grace for both pipes
        String out = stdout.awaitText(drainDeadline);
        String err = stderr.awaitText(drainDeadline);
        int exitCode = process.exitValue();
        LOG.debug("{} exited with {} after {} ms", command, exitCode, (System.nanoTime() - started) / 1_000_000);
        if (stdout.overflowed() || stderr.overflowed()) {
            throw new KernelOperationException(command + " printed more than " + MAX_OUTPUT_BYTES / (1024 * 1024)
                    + " MiB; its output was not used.");
        }
        if (exitCode != 0 && !command.failureAllowed()) {
            String said = CommandMessages.errorSummary(err);
            throw new KernelOperationException(command + " failed with exit code " + exitCode
                    + (said.isEmpty() ? " and printed no error." : ": " + said));
        }
        return new Result(exitCode, out, err);
    }

    /** Writes stdin (if any) from a helper thread, then closes it so the program sees end of input. */
    private static void feed(Process process, Command command) {
        OutputStream in = process.getOutputStream();
        byte[] input = command.stdin().orElse(null);
        if (input == null) {
            closeQuietly(in);
            return;
        }
        Thread feeder = new Thread(() -> {
            try (in) {
                in.write(input);
            } catch (IOException e) {
                // The program exited or closed stdin without reading it all; its exit code tells the story.
                LOG.debug("stdin of process {} closed early ({})", process.pid(), e.getClass().getSimpleName());
            }
        }, "cmd-stdin-" + process.pid());
        feeder.setDaemon(true);
        feeder.start();
    }

    /**
     * SIGTERM to the program and to every descendant it has right now, then SIGKILL to whatever is
     * still alive after a short grace. The children are captured first: once the parent is gone
     * they are re-parented and can no longer be found from it. Terminating the children matters
     * for a shell script such as wg-quick, which handles its own SIGTERM only after the command it
     * waits for has ended.
     */
    private static void stopTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(TERMINATION_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String startFailure(IOException e) {
        // ProcessBuilder's message is "Cannot run program "wg": error=2, No such file or directory"; keep the OS reason.
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        int reason = message.indexOf("error=");
        return reason >= 0 ? message.substring(reason) : e.getClass().getSimpleName();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            LOG.debug("Could not close stdin ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * Reads one output stream to its end on a daemon thread, keeping at most MAX_OUTPUT_BYTES (more
     * is read and dropped, so the program never blocks on a full pipe).
     */
    private static final class Drain implements Runnable {
        private final InputStream stream;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;
        private boolean overflowed; // guarded by kept

        private Drain(InputStream stream, String name, long pid) {
            this.stream = stream;
            this.thread = new Thread(this, "cmd-" + name + "-" + pid);
            this.thread.setDaemon(true);
        }

        static Drain start(InputStream stream, String name, long pid) {
            Drain drain = new Drain(stream, name, pid);
            drain.thread.start();
            return drain;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (stream) {
                int read;
                while ((read = stream.read(buffer)) >= 0) {
                    synchronized (kept) {
                        if (kept.size() + read <= MAX_OUTPUT_BYTES) {
                            kept.write(buffer, 0, read);
                        } else {
                            overflowed = true;
                        }
                    }
                }
            } catch (IOException e) {
                // The stream was closed under us (process destroyed); what was read so far is kept.
                LOG.debug("Reading {} ended early ({})", thread.getName(), e.getClass().getSimpleName());
            }
        }

        /**
         * What was read once the stream ended, or, if a lingering holder keeps the pipe open, what was
         * read by the deadline. The thread then stays parked on the pipe until that holder exits; it
         * is a daemon and owns nothing else.
         */
        String awaitText(long deadlineNanos) {
            long leftMillis = Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
            try {
                if (leftMillis > 0) {
                    thread.join(leftMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.debug("{} is still open after the process ended (a child holds it); using what was read", thread.getName());
            }
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }

        boolean overflowed() {
            synchronized (kept) {
                return overflowed;
            }
        }
    }
}
