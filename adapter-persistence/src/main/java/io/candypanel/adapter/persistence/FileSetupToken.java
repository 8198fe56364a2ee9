package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.auth.SetupTokenPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one-time setup token, kept in {@code <dataDirectory>/setup-token} (mode 0600).
 *
 * <p>Why a file: the operator who can read the data directory is the one who may install the panel
 * from another machine, and the token survives a restart before installation, so the one printed
 * at first start stays valid. A restart prints the same token again instead of issuing a new one
 * ({@link #issueIfAbsent()}). The file, not a field, is the truth: {@link #matches} reads it every
 * time, so deleting it (by {@link #discard()} or by hand) revokes the token at once.
 *
 * <p>The token is 256 random bits in URL-safe base64 without padding (43 characters), so it can
 * be pasted into a URL or a form unchanged. {@link #matches} compares SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time it takes does not depend on where a guess differs,
 * nor on the candidate's length.
 */
public final class FileSetupToken implements SetupTokenPort {
    static final String FILE_NAME = "setup-token";
    private static final int TOKEN_BYTES = 32;
    /** What this class writes; anything else in the file (empty, truncated, edited) is replaced. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43,512}");

    private final Path dataDirectory;
    private final Path file;
    private final SecureRandom random;

    public FileSetupToken(Path dataDirectory, SecureRandom random) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.file = dataDirectory.resolve(FILE_NAME);
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Returns the current setup token, creating it first when there is none (or the file does not
     * hold a well-formed one). Bootstrap calls this at start while the panel is not installed and
     * prints the result; never log it anywhere else.
     */
    public String issueIfAbsent() {
        try {
            Optional<String> existing = read();
            if (existing.isPresent()) {
                OwnerOnlyFiles.restrictExisting(file);
                return existing.get();
            }
            byte[] secret = new byte[TOKEN_BYTES];
            random.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            OwnerOnlyFiles.createDirectory(dataDirectory);
            OwnerOnlyFiles.writeAtomically(file, token + "\n");
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the setup token file " + file, e);
        }
    }

    @Override
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        Optional<String> current;
        try {
            current = read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the setup token file " + file, e);
        }
        return current.isPresent() && MessageDigest.isEqual(sha256(candidate), sha256(current.get()));
    }

    @Override
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the setup token file " + file, e);
        }
    }

    /** The well-formed token in the file, if any. */
    private Optional<String> read() throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return WELL_FORMED.matcher(content).matches() ? Optional.of(content) : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
