package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.KernelModeResolver.Resolution;
import io.candypanel.adapter.wireguard.WireGuardConfig.Mode;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a fake PATH and a recorded /proc/self/status, never the real host. */
class KernelModeResolverTest {
    @TempDir
    Path temp;
    private Path bin;
    private Path rootProc;
    private Path userProc;

    @BeforeEach
    void setUp() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        rootProc = procWithUid("0\t0\t0\t0", "root-proc");
        userProc = procWithUid("1000\t1000\t1000\t1000", "user-proc");
    }

    @Test
    void configOnlyIsTakenAsAskedWithoutLookingAtTheHost() {
        Resolution resolution = new KernelModeResolver("", temp.resolve("no-proc")).resolve(Mode.CONFIG_ONLY);
        assertEquals(KernelStatus.Mode.CONFIG_ONLY, resolution.mode());
        assertEquals("config-only mode was requested", resolution.reason());
    }

    @Test
    void autoBecomesKernelWithWgOnPathAndRoot() throws IOException {
        Path wg = executable("wg");
        Resolution resolution = new KernelModeResolver("/nonexistent:" + bin, rootProc).resolve(Mode.AUTO);
        assertEquals(KernelStatus.Mode.KERNEL, resolution.mode());
        assertTrue(resolution.reason().contains(wg.toString()), resolution.reason());
    }

    @Test
    void autoFallsBackToConfigOnlyWithoutWg() {
        Resolution resolution = new KernelModeResolver(bin.toString(), rootProc).resolve(Mode.AUTO);
        assertEquals(KernelStatus.Mode.CONFIG_ONLY, resolution.mode());
        assertEquals("wg was not found on PATH (install wireguard-tools)", resolution.reason());
    }

    @Test
    void autoFallsBackToConfigOnlyWhenNotRoot() throws IOException {
        executable("wg");
        Resolution resolution = new KernelModeResolver(bin.toString(), userProc).resolve(Mode.AUTO);
        assertEquals(KernelStatus.Mode.CONFIG_ONLY, resolution.mode());
        assertEquals("the panel is not running as root", resolution.reason());
    }

    @Test
    void autoNamesEveryMissingPiece() {
        Resolution resolution = new KernelModeResolver("", userProc).resolve(Mode.AUTO);
        assertEquals("wg was not found on PATH (install wireguard-tools) and the panel is not running as root",
                resolution.reason());
    }

    @Test
    void kernelIsRefusedWhenTheHostCannotProvideIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new KernelModeResolver(bin.toString(), rootProc).resolve(Mode.KERNEL));
        assertTrue(e.getMessage().contains("wg was not found on PATH"), e.getMessage());
        assertTrue(e.getMessage().contains("'auto' or 'config-only'"), e.getMessage());
    }

    @Test
    void kernelIsGrantedWhenTheHostCanProvideIt() throws IOException {
        executable("wg");
        assertEquals(KernelStatus.Mode.KERNEL, new KernelModeResolver(bin.toString(), rootProc).resolve(Mode.KERNEL).mode());
    }

    @Test
    void aNonExecutableWgDoesNotCount() throws IOException {
        Files.writeString(bin.resolve("wg"), "#!/bin/sh\n");
        assertEquals(Optional.empty(), new KernelModeResolver(bin.toString(), rootProc).findOnPath("wg"));
    }

    @Test
    void emptyAndRelativePathEntriesAreNotTrusted() throws IOException {
        executable("wg");
        Path relative = Path.of("").toAbsolutePath().relativize(bin);
        assertEquals(Optional.empty(), new KernelModeResolver(":" + relative + "::", rootProc).findOnPath("wg"));
    }

    @Test
    void anUnreadableStatusCountsAsNotRoot() throws IOException {
        assertEquals(false, new KernelModeResolver("", temp.resolve("missing")).runsAsRoot());
        Path garbled = Files.createDirectories(temp.resolve("garbled/self"));
        Files.writeString(garbled.resolve("status"), "Name:\tjava\nUid:\n");
        assertEquals(false, new KernelModeResolver("", temp.resolve("garbled")).runsAsRoot());
    }

    @Test
    void onlyTheEffectiveUidMatters() throws IOException {
        // setuid-style: real uid 1000, effective 0 is root for the kernel's permission checks.
        assertTrue(new KernelModeResolver("", procWithUid("1000\t0\t0\t0", "euid-root")).runsAsRoot());
        assertEquals(false, new KernelModeResolver("", procWithUid("0\t1000\t1000\t1000", "ruid-root")).runsAsRoot());
    }

    private Path executable(String name) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Path procWithUid(String uids, String name) throws IOException {
        Path self = Files.createDirectories(temp.resolve(name).resolve("self"));
        Files.writeString(self.resolve("status"), "Name:\tjava\nUmask:\t0022\nState:\tR (running)\nUid:\t" + uids
                + "\nGid:\t0\t0\t0\t0\n");
        return temp.resolve(name);
    }
}
