package io.candypanel.adapter.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories that only the panel's user may read: the database holds client private
 * keys and the setup token lets anyone install the panel. Modes are set at creation (not chmod-ed
 * afterwards, which would leave a window) when the file system is POSIX; elsewhere the platform's
 * defaults apply.
 */
final class OwnerOnlyFiles {
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and missing parents) as 0700; an existing directory is left as the operator made it. */
    static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (supportsPosix(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Creates an empty 0600 file if it does not exist yet; an existing file is narrowed to 0600. */
    static void createOrRestrictFile(Path file) throws IOException {
        boolean posix = supportsPosix(file);
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            restrictExisting(file);
        }
    }

    /** Narrows an existing file to 0600 when the file system allows it. */
    static void restrictExisting(Path file) throws IOException {
        if (Files.exists(file) && supportsPosix(file)) {
            Files.setPosixFilePermissions(file, FILE_MODE);
        }
    }

    /**
     * Replaces {@code target} with {@code content} so that a reader only ever sees the old or the new
     * content: a 0600 temp file in the same directory is written, fsync-ed and renamed over the target.
     */
    static void writeAtomically(Path target, String content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        FileAttribute<?>[] mode = supportsPosix(target)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", mode);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
