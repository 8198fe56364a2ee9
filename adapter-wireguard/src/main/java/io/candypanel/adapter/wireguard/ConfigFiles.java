package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code wgN.conf} files of one config directory, shared by both adapters: rendering (the WAN
 * interface is detected on first use, so constructing an adapter does no I/O), atomic private
 * writes, reads and deletion. File errors become {@link KernelOperationException}s that name the
 * path and the OS reason, never the content. Callers serialise access per interface.
 */
final class ConfigFiles {
    private final Path directory;
    private final Supplier<String> wanInterface;
    private final ConfigFileWriter writer;
    private final Object rendererLock = new Object();
    private ServerConfigRenderer renderer; // guarded by rendererLock; created on first use

    /**
     * @param wanInterface supplies the NAT interface; called once, on the first rendering
     * @param writer       puts a file on disk atomically and privately
     */
    ConfigFiles(Path directory, Supplier<String> wanInterface, ConfigFileWriter writer) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.wanInterface = Objects.requireNonNull(wanInterface, "wanInterface");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    Path directory() {
        return directory;
    }

    Path fileOf(InterfaceId id) {
        return directory.resolve(id.interfaceName() + ".conf");
    }

    /** The wg-quick file; refuses (IllegalArgumentException) a peer set that would make it lie. */
    String render(WgInterface wgInterface, List<Client> enabledPeers) {
        return renderer().render(wgInterface, enabledPeers);
    }

    /** What {@code wg syncconf} accepts: the same file without the wg-quick-only keys. */
    String renderStripped(WgInterface wgInterface, List<Client> enabledPeers) {
        return renderer().renderStripped(wgInterface, enabledPeers);
    }

    void write(InterfaceId id, String content) {
        Path target = fileOf(id);
        try {
            writer.write(target, content);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // UnsupportedOperationException: a file system without POSIX permissions cannot hold the file safely.
            throw new KernelOperationException("Could not write the WireGuard config " + target + " (" + describe(e) + ").", e);
        }
    }

    /** The file as it is on disk now, or empty when there is none. */
    Optional<String> read(InterfaceId id) {
        Path file = fileOf(id);
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            throw new KernelOperationException("Could not read the WireGuard config " + file + " (" + describe(e) + ").", e);
        }
    }

    /**
     * Deletes the file and any temporary file a crashed write left next to it (AtomicFileWriter
     * names them {@code .wgN.conf.<random>.tmp}). Deleting what is not there is not an error.
     */
    void delete(InterfaceId id) {
        Path file = fileOf(id);
        String tempGlob = "." + file.getFileName() + ".*" + AtomicFileWriter.TEMP_SUFFIX;
        try {
            Files.deleteIfExists(file);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, tempGlob)) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            // No directory, so nothing left to delete.
        } catch (IOException | SecurityException e) {
            throw new KernelOperationException("Could not delete the WireGuard config " + file + " (" + describe(e) + ").", e);
        }
    }

    private ServerConfigRenderer renderer() {
        synchronized (rendererLock) {
            if (renderer == null) {
                renderer = new ServerConfigRenderer(wanInterface.get());
            }
            return renderer;
        }
    }

    /** The cause's class and, for file system errors, the OS reason ("Not a directory"); never file content. */
    private static String describe(Exception e) {
        if (e instanceof FileSystemException fileSystemError && fileSystemError.getReason() != null) {
            return e.getClass().getSimpleName() + ": " + fileSystemError.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
