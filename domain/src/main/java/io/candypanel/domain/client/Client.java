package io.candypanel.domain.client;

import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.traffic.PeerReading;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A WireGuard client: who may connect, through which interface, with which address, for how
 * long and for how much traffic. Its rules (quota, expiry, enabling) live here.
 */
public final class Client {
    static final int MAX_NOTE_LENGTH = 1000;
    static final Instant EARLIEST_EXPIRY = Instant.EPOCH;
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    private final ClientName name;
    private final InterfaceId interfaceId;
    private final WgKeyPair keys;
    private final WgKey presharedKey;
    private final Ipv4Address address;
    private final Instant createdAt;
    private Instant expiresAt;
    private Quota quota;
    private Usage usage;
    private KernelCounters lastCounters;
    private String note;
    private boolean enabled;
    private DisabledReason disabledReason;
    private Instant lastHandshake;
    private String endpoint;
    private boolean connectedNow;
    private String shareToken;
    private Ipv6Address ipv6Address;

    private Client(ClientName name, InterfaceId interfaceId, WgKeyPair keys, WgKey presharedKey, Ipv4Address address,
                   Instant createdAt, Instant expiresAt, Quota quota, Usage usage, KernelCounters lastCounters, String note,
                   boolean enabled, DisabledReason disabledReason, Instant lastHandshake, String endpoint,
                   boolean connectedNow, String shareToken) {
        this.name = Objects.requireNonNull(name, "name");
        this.interfaceId = Objects.requireNonNull(interfaceId, "interfaceId");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.presharedKey = Objects.requireNonNull(presharedKey, "presharedKey");
        this.address = Objects.requireNonNull(address, "address");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.quota = Objects.requireNonNull(quota, "quota");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.lastCounters = Objects.requireNonNull(lastCounters, "lastCounters");
        this.note = Objects.requireNonNull(note, "note");
        this.enabled = enabled;
        this.disabledReason = enabled ? null : Objects.requireNonNull(disabledReason, "disabledReason");
        this.lastHandshake = lastHandshake;
        this.endpoint = endpoint;
        this.connectedNow = connectedNow;
        this.shareToken = shareToken;
    }

    /** A new, enabled client with no usage yet. */
    public static Client create(ClientName name, InterfaceId interfaceId, WgKeyPair keys, WgKey presharedKey,
                                Ipv4Address address, Instant now, Instant expiresAt, Quota quota, String note) {
        validExpiry(expiresAt);
        if (!expiresAt.isAfter(now)) {
            throw new InvalidValueException("EXPIRY_NOT_IN_FUTURE",
                    "The expiry " + expiresAt + " is not in the future; a new client would be disabled at once.");
        }
        return new Client(name, interfaceId, keys, presharedKey, address, now, expiresAt, quota, Usage.NONE,
                KernelCounters.ZERO, validNote(note), true, null, null, null, false, null);
    }

    /** Rebuilds a client from storage without re-running creation rules. */
    public static Client restore(ClientName name, InterfaceId interfaceId, WgKeyPair keys, WgKey presharedKey,
                                 Ipv4Address address, Instant createdAt, Instant expiresAt, Quota quota, Usage usage,
                                 KernelCounters lastCounters, String note, boolean enabled, DisabledReason disabledReason,
                                 Instant lastHandshake, String endpoint, boolean connectedNow, String shareToken) {
        return new Client(name, interfaceId, keys, presharedKey, address, createdAt, expiresAt, quota, usage,
                lastCounters, note, enabled, disabledReason, lastHandshake, endpoint, connectedNow, shareToken);
    }

    /** Expiries are stored as epoch milliseconds and shown as dates: keep them within years 1970-9999. */
    public static Instant validExpiry(Instant expiry) {
        Objects.requireNonNull(expiry, "expiry");
        if (expiry.isBefore(EARLIEST_EXPIRY) || expiry.isAfter(LATEST_EXPIRY)) {
            throw new InvalidValueException("EXPIRY_OUT_OF_RANGE", "The expiry must be between " + EARLIEST_EXPIRY + " and " + LATEST_EXPIRY + ".");
        }
        return expiry;
    }

    public static String validNote(String note) {
        if (note == null) {
            return "";
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException("The note is limited to " + MAX_NOTE_LENGTH + " characters.");
        }
        if (note.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("The note must not contain control characters such as newlines.");
        }
        return note;
    }

    /** A peer whose last handshake is younger than this is shown as connected. */
    public static final Duration CONNECTED_WINDOW = Duration.ofSeconds(180);

    /**
     * Books one kernel reading of this client's peer: traffic since the last reading, handshake,
     * endpoint and whether it is connected now. Returns what changed.
     */
    public Observation observe(PeerReading reading, Instant now) {
        KernelCounters before = lastCounters;
        Usage usageBefore = usage;
        Instant handshakeBefore = lastHandshake;
        String endpointBefore = endpoint;
        boolean connectedBefore = connectedNow;
        recordCounters(new KernelCounters(reading.receivedBytes(), reading.sentBytes()));
        reading.latestHandshake().ifPresent(h -> lastHandshake = h);
        reading.endpoint().ifPresent(e -> endpoint = e);
        connectedNow = reading.latestHandshake().map(h -> h.isAfter(now.minus(CONNECTED_WINDOW))).orElse(false);
        Usage added = new Usage(usage.download() - usageBefore.download(), usage.upload() - usageBefore.upload());
        boolean changed = !before.equals(lastCounters) || !Objects.equals(handshakeBefore, lastHandshake)
                || !Objects.equals(endpointBefore, endpoint) || connectedBefore != connectedNow;
        return new Observation(added, changed);
    }

    /** What one reading added to a client's usage, and whether anything stored changed. */
    public record Observation(Usage added, boolean changed) {
    }

    /**
     * The kernel holds no counters for this peer (it was removed, or its interface is down): when
     * the peer comes back it starts from zero, so the next reading is all new traffic.
     * Returns whether anything changed.
     */
    public boolean peerGone() {
        boolean changed = !lastCounters.equals(KernelCounters.ZERO) || connectedNow;
        lastCounters = KernelCounters.ZERO;
        connectedNow = false;
        return changed;
    }

    /** Disables an enabled client whose expiry has passed or whose quota is used up; returns why, when it did. */
    public Optional<DisabledReason> enforceLimits(Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        DisabledReason reason = isExpired(now) ? DisabledReason.EXPIRED : isOverQuota() ? DisabledReason.QUOTA : null;
        if (reason != null) {
            disable(reason);
        }
        return Optional.ofNullable(reason);
    }

    /**
     * A new usage period (the monthly reset day): usage starts again from zero, and a client that
     * was disabled only because its quota was used up is enabled again unless it has expired.
     * Returns whether it was re-enabled.
     */
    public boolean startNewUsagePeriod(Instant now) {
        usage = Usage.NONE;
        if (!enabled && disabledReason == DisabledReason.QUOTA && !isExpired(now)) {
            enabled = true;
            disabledReason = null;
            return true;
        }
        return false;
    }

    /**
     * Turns the kernel's cumulative counters into usage. A counter below the last reading means the
     * kernel reset it (interface restart, peer re-added), so the whole new value is new traffic.
     */
    public void recordCounters(KernelCounters current) {
        long receivedDelta = current.rx() >= lastCounters.rx() ? current.rx() - lastCounters.rx() : current.rx();
        long sentDelta = current.tx() >= lastCounters.tx() ? current.tx() - lastCounters.tx() : current.tx();
        usage = usage.plus(sentDelta, receivedDelta);
        lastCounters = current;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isOverQuota() {
        return quota.exceededBy(usage);
    }

    public void disable(DisabledReason reason) {
        Objects.requireNonNull(reason, "reason");
        enabled = false;
        disabledReason = reason;
        connectedNow = false;
    }

    /** Enabling is refused while the client is expired or over its quota: extend it first. */
    public void enable(Instant now) {
        if (isExpired(now)) {
            throw new RuleViolationException("CLIENT_EXPIRED",
                    "Client '" + name + "' expired at " + expiresAt + "; extend its expiry before enabling it.");
        }
        if (isOverQuota()) {
            throw new RuleViolationException("CLIENT_OVER_QUOTA",
                    "Client '" + name + "' has used its whole traffic quota; raise the quota or reset its usage before enabling it.");
        }
        enabled = true;
        disabledReason = null;
    }

    public void changeExpiry(Instant newExpiry) {
        expiresAt = validExpiry(newExpiry);
    }

    public void changeQuota(Quota newQuota) {
        quota = Objects.requireNonNull(newQuota, "newQuota");
    }

    public void changeNote(String newNote) {
        note = validNote(newNote);
    }

    /**
     * Usage back to zero (the admin's "reset traffic"); a client disabled only for its quota is
     * enabled again unless it has expired. Returns whether it was re-enabled.
     */
    public boolean resetUsage(Instant now) {
        return startNewUsagePeriod(now);
    }

    /** A new secret link to this client's share page; the previous one stops working. */
    public void shareWith(String newShareToken) {
        if (newShareToken == null || !newShareToken.matches("[A-Za-z0-9_-]{22,128}")) {
            throw new IllegalArgumentException("a share token is 22-128 URL-safe characters (at least 128 bits)");
        }
        shareToken = newShareToken;
    }

    public void revokeShare() {
        shareToken = null;
    }

    /**
     * Gives a client of a dual-stack interface its IPv6 address (the service picks the lowest free one, a
     * repository restores the stored one). Once: the client keeps it, disabled or not.
     */
    public void assignIpv6Address(Ipv6Address newAddress) {
        Objects.requireNonNull(newAddress, "newAddress");
        if (ipv6Address != null && !ipv6Address.equals(newAddress)) {
            throw new IllegalStateException(name + " already has the IPv6 address " + ipv6Address);
        }
        ipv6Address = newAddress;
    }

    /** Empty for a client of an IPv4-only interface. */
    public Optional<Ipv6Address> ipv6Address() {
        return Optional.ofNullable(ipv6Address);
    }

    public ClientName name() {
        return name;
    }

    public InterfaceId interfaceId() {
        return interfaceId;
    }

    public WgKeyPair keys() {
        return keys;
    }

    public WgKey presharedKey() {
        return presharedKey;
    }

    public Ipv4Address address() {
        return address;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Quota quota() {
        return quota;
    }

    public Usage usage() {
        return usage;
    }

    public KernelCounters lastCounters() {
        return lastCounters;
    }

    public String note() {
        return note;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<DisabledReason> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public Optional<Instant> lastHandshake() {
        return Optional.ofNullable(lastHandshake);
    }

    public Optional<String> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public boolean isConnectedNow() {
        return connectedNow;
    }

    public Optional<String> shareToken() {
        return Optional.ofNullable(shareToken);
    }

    @Override
    public String toString() {
        return "Client[" + name + " on " + interfaceId + ", " + address + (enabled ? "" : ", disabled") + "]";
    }
}
