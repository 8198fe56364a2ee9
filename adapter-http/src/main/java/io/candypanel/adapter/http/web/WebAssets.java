package io.candypanel.adapter.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The built web panel on the classpath (the {@code web-panel} module puts it under
 * {@code io/candypanel/web/}). A request path is looked up only when every segment is a plain file
 * name ({@code [A-Za-z0-9_-]} then {@code [A-Za-z0-9._-]}), so {@code ..}, encoded separators,
 * backslashes and dot-files never reach the class loader. Files are read once and kept in memory:
 * the whole build is a few tens of kilobytes.
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

    /** A file to send; {@code immutable} for the content-hashed files under {@code assets/}. */
    public record Asset(byte[] body, String contentType, String etag, boolean immutable) {
        public Asset {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
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
            return Optional.of(new Asset(body, type(relativePath), etag(body), relativePath.startsWith("assets/")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + relativePath, e);
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
