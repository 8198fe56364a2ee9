package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/**
 * The one check in front of every {@code /bot_api/admin/*} endpoint but {@code check_admin}: the acting
 * Telegram id ({@code admin_telegram_id}, else {@code telegram_id}) must be the bot admin, else 403
 * {@value #NOT_BOT_ADMIN}, also when no admin is configured. The bearer of the route says which bot may
 * call; this says for whom it may act. The original skipped the check on {@code manage_user} and
 * {@code server_control}. Public only so that the server package can wrap routes with it; see {@code HttpRoutes}.
 */
public final class BotAdminGate {
    public static final String NOT_BOT_ADMIN = "NOT_BOT_ADMIN";
    static final String NOT_BOT_ADMIN_MESSAGE = "Unauthorized: this Telegram id is not the bot admin.";

    private final CheckBotAdminUseCase checkAdmin;

    public BotAdminGate(CheckBotAdminUseCase checkAdmin) {
        this.checkAdmin = Objects.requireNonNull(checkAdmin, "checkAdmin");
    }

    /** {@code inner}, run only when the acting Telegram id is the bot admin. */
    public Guarded guard(ApiHandler inner) {
        return new Guarded(checkAdmin, inner);
    }

    /** A handler behind the gate. */
    public static final class Guarded implements ApiHandler {
        private final CheckBotAdminUseCase checkAdmin;
        private final ApiHandler inner;

        private Guarded(CheckBotAdminUseCase checkAdmin, ApiHandler inner) {
            this.checkAdmin = checkAdmin;
            this.inner = Objects.requireNonNull(inner, "inner");
        }

        /** The guarded handler (the tests check that {@code server_control} guards the very dispatcher of {@code /api/manage}). */
        public ApiHandler inner() {
            return inner;
        }

        @Override
        public ApiResponse handle(ApiRequest request) {
            TelegramId acting = BotFields.actingAdmin(request.fields());
            if (!checkAdmin.check(acting).isAdmin()) {
                throw new RequestRejectedException(403, NOT_BOT_ADMIN, NOT_BOT_ADMIN_MESSAGE);
            }
            return inner.handle(request);
        }
    }
}
