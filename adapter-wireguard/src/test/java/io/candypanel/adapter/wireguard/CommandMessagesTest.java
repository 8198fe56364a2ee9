package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandMessagesTest {
    private static final String KEY = "6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=";

    /** Recorded from `wg-quick up` of a file with a 47-character PrivateKey, without the kernel module. */
    private static final String WG_QUICK_BAD_KEY = """
            [#] ip link add wg7992 type wireguard
            Error: Unknown device type.
            [!] Missing WireGuard kernel module. Falling back to slow userspace implementation.
            [#] wireguard-go wg7992
            ┌──────────────────────────────────────────────────────┐
            │                                                      │
            │   Running wireguard-go is not required because this  │
            │   kernel has first class support for WireGuard. For  │
            │   information on installing the kernel module,       │
            │   please visit:                                      │
            │         https://www.wireguard.com/install/           │
            │                                                      │
            └──────────────────────────────────────────────────────┘
            [#] wg setconf wg7992 /dev/fd/63
            Key is not the correct length or format: `AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
            Configuration parsing error
            [#] ip link delete dev wg7992
            """;

    @Test
    void theSummaryOfWgQuickSkipsItsNarrationAndMasksTheKey() {
        assertEquals("Key is not the correct length or format: `***' | Configuration parsing error",
                CommandMessages.errorSummary(WG_QUICK_BAD_KEY));
    }

    @Test
    void theSummaryKeepsAtMostThreeLinesEachShortened() {
        String longLine = "word ".repeat(100).strip();
        String stderr = "one\n\ntwo\n" + longLine + "\nfour\n";

        String summary = CommandMessages.errorSummary(stderr);

        assertEquals("one | two | " + longLine.substring(0, CommandMessages.MAX_LINE_LENGTH) + "...", summary);
    }

    @Test
    void theSummaryOfSilenceIsEmpty() {
        assertEquals("", CommandMessages.errorSummary(""));
        assertEquals("", CommandMessages.errorSummary("[#] ip link delete dev wg0\n\n"));
    }

    @Test
    void controlCharactersNeverReachTheMessage() {
        assertEquals("bad?[31mred", CommandMessages.errorSummary("bad\u001b[31mred\n"));
    }

    @Test
    void keysAreMaskedInBase64AndHex() {
        assertEquals("a *** b *** c", CommandMessages.redact("a " + KEY + " b " + "0123456789abcdef".repeat(4) + " c"));
        assertEquals("Line unrecognized: `PrivateKey=***'", CommandMessages.redact("Line unrecognized: `PrivateKey=" + KEY + "'"));
        assertEquals("port 51820, 10.0.0.2/32", CommandMessages.redact("port 51820, 10.0.0.2/32"));
    }

    @Test
    void theCommandLineIsShownAsTypedWithKeysMasked() {
        assertEquals("`wg set wg0 peer *** remove`", CommandMessages.display(List.of("wg", "set", "wg0", "peer", KEY, "remove")));
        assertEquals("`wg-quick up '/etc/wire guard/wg0.conf' ''`",
                CommandMessages.display(List.of("wg-quick", "up", "/etc/wire guard/wg0.conf", "")));
        assertEquals("`wg show interfaces`", Command.of("wg", "show", "interfaces").withStdin(KEY.getBytes()).toString());
    }

    @Test
    void commandsAreImmutableCopies() {
        byte[] input = {1, 2, 3};
        Command command = Command.of("cat").withStdin(input);
        input[0] = 9;

        assertEquals(1, command.stdin().orElseThrow()[0]);
        command.stdin().orElseThrow()[1] = 9;
        assertEquals(2, command.stdin().orElseThrow()[1]);
        assertTrue(Command.of("cat").stdin().isEmpty());
        assertEquals(List.of("ip", "netns", "exec", "x", "cat"),
                command.withArgv(List.of("ip", "netns", "exec", "x", "cat")).argv());
        assertEquals(3, command.withArgv(List.of("true")).stdin().orElseThrow().length, "stdin is kept");
    }
}
