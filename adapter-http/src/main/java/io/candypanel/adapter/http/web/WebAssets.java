package io.candypanel.adapter.http.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The built web panel on the classpath (the {@code web-panel} module puts it under
 * {@code io/candypanel/web/}). A request path is looked up only when every segment is a plain file
 * name ({@code [A-Za-z0-9_-]} then {@code [A-Za-z0-9._-]}), so {@code ..}, encoded separators,
 * backslashes and dot-files never reach the class loader. Files are read once and kept in memory,
 * with a gzip copy of each text file over a kilobyte: the whole build is a few tens of kilobytes.
 */
public final class WebAssets {
    public static final String CLASSPATH_ROOT = "io/candypanel/web/";
    static final String INDEX = "index.html";
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}/){0,8}[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** Smaller files are sent as they are: the gzip header and a round trip of Vary cost more than they save. */
    static final int MIN_GZIP_BYTES = 1024;
    /** Text-like types; images such as PNG, WebP and WOFF2 fonts are compressed already. */
    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript", "application/javascript",
            "application/json", "image/svg+xml", "text/plain");

    /**
     * A file to send; {@code immutable} for the content-hashed files under {@code assets/}.
     *
     * @param gzip the same file gzip-compressed, made once when the file is first read; absent for
     *             small files, already-compressed types, and files gzip would not shrink
     */
    public record Asset(byte[] body, String contentType, String etag, boolean immutable, Optional<Encoded> gzip) {
        public Asset {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(gzip, "gzip");
        }
    }

    /**
     * A content-coded variant of an asset. Its ETag differs from the plain one (a {@code -gz} suffix
     * inside the quotes), so a cache or a revalidation never takes one variant for the other.
     */
    public record Encoded(byte[] body, String etag) {
        public Encoded {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
        }
    }

    private final ClassLoader loader;
    private final String root;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    public WebAssets(ClassLoader loader, String root) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.root = Objects.requireNonNull(root, "root");
        if (!root.endsWith("/") || root.startsWith("/")) {
            throw new IllegalArgumentException("the root is a relative folder ending in '/': " + root);
        }
    }

    public static WebAssets fromClasspath() {
        return new WebAssets(WebAssets.class.getClassLoader(), CLASSPATH_ROOT);
    }

    /** The SPA's entry page, when the web panel is on the classpath. */
    public Optional<Asset> index() {
        return find(INDEX);
    }

    /** @param relativePath a path below the root without the leading {@code /}, as the request gave it */
    public Optional<Asset> find(String relativePath) {
        if (relativePath == null || !SAFE_PATH.matcher(relativePath).matches() || type(relativePath) == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relativePath, this::load);
    }

    private Optional<Asset> load(String relativePath) {
        try (InputStream in = loader.getResourceAsStream(root + relativePath)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            String type = type(relativePath);
            String etag = etag(body);
            return Optional.of(new Asset(body, type, etag, relativePath.startsWith("assets/"), gzipped(body, type, etag)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + relativePath, e);
        }
    }

    /** Compressed once at the highest level: the cost is paid on the first request only, the savings on every one. */
    private static Optional<Encoded> gzipped(byte[] body, String contentType, String etag) {
        if (body.length <= MIN_GZIP_BYTES || !COMPRESSIBLE.contains(mediaType(contentType))) {
            return Optional.empty();
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new BestGzipOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        }
        if (compressed.size() >= body.length) {
            return Optional.empty();
        }
        return Optional.of(new Encoded(compressed.toByteArray(), etag.substring(0, etag.length() - 1) + "-gz\""));
    }

    /** {@code text/css; charset=utf-8} -> {@code text/css}. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** GZIPOutputStream offers no level of its own; its deflater is protected, so a subclass sets it. */
    private static final class BestGzipOutputStream extends GZIPOutputStream {
        BestGzipOutputStream(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
