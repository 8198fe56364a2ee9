package io.candypanel.domain.botuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeStateTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final TelegramId USER = new TelegramId(42);
    private static final long GIB = 1L << 30;
    private static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private static Client client(long quotaBytes, long usedBytes, Instant expiresAt, DisabledReason disabled) {
        return Client.restore(new ClientName("tguser_42"), new InterfaceId(0), KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.2"), NOW.minus(Duration.ofDays(30)), expiresAt, new Quota(quotaBytes),
                new Usage(usedBytes, 0), KernelCounters.ZERO, "", disabled == null, disabled, null, null, false, null);
    }

    private static List<Reminder.Kind> kinds(NoticeState.Check check) {
        return check.due().stream().map(Reminder::kind).toList();
    }

    @Test
    void theQuotaReminderFallsDueAtThePercentageOnceUntilTheUsageDropsBelowIt() {
        NoticeState none = NoticeState.none(USER);
        Instant far = NOW.plus(Duration.ofDays(100));

        assertEquals(List.of(), kinds(none.check(client(10 * GIB, 8 * GIB - 1, far, null), ReminderPolicy.DEFAULT, NOW)));
        NoticeState.Check at80 = none.check(client(10 * GIB, 8 * GIB, far, null), ReminderPolicy.DEFAULT, NOW);
        assertEquals(List.of(Reminder.Kind.QUOTA_ALMOST_USED), kinds(at80));

        NoticeState told = at80.settled().told(at80.due().get(0));
        assertEquals(List.of(), kinds(told.check(client(10 * GIB, 9 * GIB, far, null), ReminderPolicy.DEFAULT, NOW)),
                "told once");
        NoticeState afterPurchase = told.check(client(20 * GIB, 9 * GIB, far, null), ReminderPolicy.DEFAULT, NOW).settled();
        assertEquals(false, afterPurchase.quotaReminded(), "a bigger quota ends the occasion");
        assertEquals(List.of(Reminder.Kind.QUOTA_ALMOST_USED),
                kinds(afterPurchase.check(client(20 * GIB, 17 * GIB, far, null), ReminderPolicy.DEFAULT, NOW)));
    }

    @Test
    void unlimitedQuotasAndAZeroThresholdNeverRemind() {
        Instant far = NOW.plus(Duration.ofDays(100));
        assertEquals(List.of(), kinds(NoticeState.none(USER).check(client(0, 500 * GIB, far, null), ReminderPolicy.DEFAULT, NOW)));
        assertEquals(List.of(), kinds(NoticeState.none(USER).check(client(10 * GIB, 10 * GIB - 1, far, null),
                new ReminderPolicy(0, 3), NOW)));
    }

    @Test
    void theExpiryReminderFallsDueInsideTheWindowOnce() {
        ReminderPolicy policy = ReminderPolicy.DEFAULT;
        assertEquals(List.of(), kinds(NoticeState.none(USER).check(
                client(0, 0, NOW.plus(Duration.ofDays(3)).plusSeconds(1), null), policy, NOW)));
        NoticeState.Check inside = NoticeState.none(USER).check(client(0, 0, NOW.plus(Duration.ofDays(3)), null), policy, NOW);
        assertEquals(List.of(Reminder.Kind.EXPIRES_SOON), kinds(inside));
        NoticeState told = inside.settled().told(inside.due().get(0));
        assertEquals(List.of(), kinds(told.check(client(0, 0, NOW.plus(Duration.ofDays(1)), null), policy, NOW)));
        NoticeState extended = told.check(client(0, 0, NOW.plus(Duration.ofDays(40)), null), policy, NOW).settled();
        assertEquals(false, extended.expiryReminded(), "an extension ends the occasion");
        assertEquals(List.of(), kinds(NoticeState.none(USER).check(client(0, 0, NOW.plus(Duration.ofDays(1)), null),
                new ReminderPolicy(80, 0), NOW)));
    }

    @Test
    void aDisabledClientIsReportedOncePerReasonAndAgainAfterItWasEnabled() {
        Instant past = NOW.minusSeconds(1);
        NoticeState.Check expired = NoticeState.none(USER).check(client(10 * GIB, 9 * GIB, past, DisabledReason.EXPIRED),
                ReminderPolicy.DEFAULT, NOW);
        assertEquals(List.of(Reminder.Kind.CLIENT_DISABLED), kinds(expired), "no quota or expiry reminder for a disabled client");
        assertEquals(Optional.of(DisabledReason.EXPIRED), expired.due().get(0).reason());
        NoticeState told = expired.settled().told(expired.due().get(0));

        assertEquals(List.of(), kinds(told.check(client(10 * GIB, 9 * GIB, past, DisabledReason.EXPIRED), ReminderPolicy.DEFAULT, NOW)));
        assertEquals(List.of(Reminder.Kind.CLIENT_DISABLED),
                kinds(told.check(client(10 * GIB, 9 * GIB, past, DisabledReason.BANNED), ReminderPolicy.DEFAULT, NOW)),
                "a new reason is news");
        NoticeState enabled = told.check(client(100 * GIB, 9 * GIB, NOW.plus(Duration.ofDays(30)), null),
                ReminderPolicy.DEFAULT, NOW).settled();
        assertEquals(Optional.empty(), enabled.disabledNotified());
    }

    @Test
    void thePolicyChecksItsBounds() {
        assertThrows(InvalidValueException.class, () -> new ReminderPolicy(100, 3));
        assertThrows(InvalidValueException.class, () -> new ReminderPolicy(80, -1));
        assertThrows(IllegalArgumentException.class, () -> new Reminder(Reminder.Kind.CLIENT_DISABLED,
                client(0, 0, NOW.plusSeconds(9), null), Optional.empty()));
    }
}
