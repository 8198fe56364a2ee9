package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import io.candypanel.adapter.wireguard.CommandRunner.Result;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes. The shell appears only here, as a way to build process trees and misbehaving
 * programs; production code never runs one.
 */
class ProcessCommandRunnerIT {
    private static final String KEY = "6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=";

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @TempDir
    Path temp;

    @Test
    void capturesStdoutAndFeedsStdin() {
        Result result = runner.run(Command.of("cat").withStdin("through stdin\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(new Result(0, "through stdin\n", ""), result);
    }

    @Test
    void largeInputAndOutputDoNotDeadlock() {
        byte[] input = new byte[3 * 1024 * 1024];
        Arrays.fill(input, (byte) 'w');

        Result result = runner.run(Command.of("cat").withStdin(input));

        assertEquals(input.length, result.stdout().length());
    }

    @Test
    void aProgramThatDoesNotReadItsStdinIsNoProblem() {
        Result result = runner.run(Command.of("true").withStdin(new byte[1024 * 1024]));

        assertEquals(0, result.exitCode());
    }

    @Test
    void passesExtraEnvironment() {
        Result result = runner.run(Command.of("printenv", "CPW_PROBE").withEnvironment("CPW_PROBE", "42"));

        assertEquals("42\n", result.stdout());
    }

    @Test
    void aNonZeroExitThrowsWithTheCommandAndTheFirstLinesOfStderr() {
        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> runner.run(Command.of("ls", "/cpw-does-not-exist")));

        assertTrue(e.getMessage().startsWith("`ls /cpw-does-not-exist` failed with exit code 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("No such file or directory"), e.getMessage());
    }

    @Test
    void aNonZeroExitCanBeAllowedAndIsThenReturned() {
        Result result = runner.run(Command.of("ls", "/cpw-does-not-exist").allowingFailure());

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("No such file or directory"), result.stderr());
    }

    @Test
    void aKeyEchoedOnStderrIsMaskedInTheMessage() {
        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> runner.run(Command.of("sh", "-c", "echo \"Key is not the correct length or format: \\`$0'\" >&2; exit 1",
                        KEY.substring(1))));

        assertTrue(e.getMessage().contains("Key is not the correct length or format: `***'"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY.substring(1, 40)), e.getMessage());
    }

    @Test
    void aMissingProgramCannotStart() {
        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> runner.run(Command.of("cpw-no-such-program", "x")));

        assertEquals("Could not start `cpw-no-such-program x` (error=2, No such file or directory).", e.getMessage());
    }

    @Test
    void aCommandOverItsTimeoutIsKilledWithItsChildren() throws Exception {
        Path childPid = temp.resolve("child.pid");
        long started = System.nanoTime();

        KernelOperationException e = assertThrows(KernelOperationException.class, () -> runner.run(
                Command.of("sh", "-c", "sleep 60 & echo $! > \"$0\"; echo started >&2; wait", childPid.toString())
                        .withTimeout(Duration.ofMillis(700))));

        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "the timeout was honoured");
        assertTrue(e.getMessage().startsWith("`sh -c"), e.getMessage());
        assertTrue(e.getMessage().contains("did not finish within 700 ms and was stopped: started"), e.getMessage());
        long pid = Long.parseLong(Files.readString(childPid).strip());
        assertTrue(NetnsLab.await(System.nanoTime() + Duration.ofSeconds(5).toNanos(),
                () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)), "the child sleep was killed too");
    }

    @Test
    void theDefaultTimeoutApplies() {
        ProcessCommandRunner impatient = new ProcessCommandRunner(Duration.ofMillis(300));

        KernelOperationException e = assertThrows(KernelOperationException.class, () -> impatient.run(Command.of("sleep", "30")));

        assertEquals("`sleep 30` did not finish within 300 ms and was stopped.", e.getMessage());
    }

    /**
     * A daemon that inherited stdout (wireguard-go started with LOG_LEVEL set would) keeps the pipe
     * open after its parent exited: the runner returns what the parent printed instead of waiting.
     */
    @Test
    void aLeftoverChildHoldingThePipeDoesNotHoldUpTheResult() {
        long started = System.nanoTime();

        Result result = runner.run(Command.of("sh", "-c", "sleep 30 & echo $!"));

        long pid = Long.parseLong(result.stdout().strip());
        try {
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos());
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        assertTrue(NetnsLab.await(System.nanoTime() + Duration.ofSeconds(5).toNanos(),
                () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessCommandRunner(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Command.of());
        assertThrows(IllegalArgumentException.class, () -> Command.of("wg").withTimeout(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> runner.run(null));
        assertEquals(Optional.empty(), Command.of("wg").timeout());
    }
}
