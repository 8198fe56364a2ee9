package io.candypanel.application.port.in.botuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.botuser.TelegramId;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ManageBotUserCommandTest {
    private static final TelegramId USER = new TelegramId(42);

    @Test
    void eachActionCarriesOnlyItsOwnValue() {
        assertEquals(ManageBotUserCommand.Action.BAN, ManageBotUserCommand.ban(USER).action());
        assertEquals(ManageBotUserCommand.Action.UNBAN, ManageBotUserCommand.unban(USER).action());
        assertEquals(2560, ManageBotUserCommand.updateTraffic(USER, new BigDecimal("2.5")).mebibytes());
        assertEquals(OptionalLong.of(30), ManageBotUserCommand.updateTime(USER, 30).days());
        assertThrows(IllegalArgumentException.class, () -> new ManageBotUserCommand(USER, ManageBotUserCommand.Action.BAN,
                Optional.of(BigDecimal.ONE), OptionalLong.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ManageBotUserCommand(USER,
                ManageBotUserCommand.Action.UPDATE_TIME, Optional.empty(), OptionalLong.empty()));
        assertThrows(IllegalStateException.class, () -> ManageBotUserCommand.ban(USER).mebibytes());
    }

    @Test
    void trafficAndTimeStayWithinTheirBounds() {
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("10001")));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("0.0005")),
                "less than 1 MiB would be an unlimited quota of 0");
        assertEquals(10_000L * 1024, ManageBotUserCommand.updateTraffic(USER, new BigDecimal("10000")).mebibytes());
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTime(USER, 0));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTime(USER, ManageBotUserCommand.MAX_DAYS + 1));
        assertEquals(OptionalLong.of(ManageBotUserCommand.MAX_DAYS),
                ManageBotUserCommand.updateTime(USER, ManageBotUserCommand.MAX_DAYS).days());
    }
}
