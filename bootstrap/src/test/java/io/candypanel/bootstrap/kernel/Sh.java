package io.candypanel.bootstrap.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs short host commands (ip, wg, ping, iptables) with a deadline and captures their output. */
final class Sh {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private Sh() {
    }

    record Result(List<String> command, int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + exit
                    + (out.isBlank() ? "" : "\n  stdout: " + out.strip().replace("\n", "\n          "))
                    + (err.isBlank() ? "" : "\n  stderr: " + err.strip().replace("\n", "\n          "));
        }
    }

    /** Runs the command and returns whatever happened (a non-zero exit is not an error here). */
    static Result run(Duration timeout, String stdin, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + String.join(" ", command), e);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(List.of(command), process.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the output of " + String.join(" ", command), e);
        }
    }

    static Result run(String... command) {
        return run(DEFAULT_TIMEOUT, null, command);
    }

    /** Runs the command and fails with its whole output when it exits non-zero. */
    static Result ok(String... command) {
        Result result = run(command);
        if (!result.ok()) {
            throw new AssertionError("command failed: " + result);
        }
        return result;
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "sh-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
