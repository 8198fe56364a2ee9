package io.candypanel.application.core;

import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a storage adapter provides to the core: the unit of work and one repository per
 * aggregate. All of them must belong to the same store, so that a repository call made inside
 * {@link UnitOfWorkPort#inTransaction} joins that transaction (for example every {@code Jdbc*}
 * repository of one {@code Database}, or every repository of one {@code InMemoryStorage}).
 *
 * <p>Every component is required; constructing the record with a {@code null} component throws a
 * {@link NullPointerException} that names every missing one.
 *
 * @param unitOfWork    one transaction around a use case's reads and writes
 * @param clients       the WireGuard clients (peers)
 * @param interfaces    the WireGuard interfaces; deleting one deletes its clients
 * @param settings      the panel settings (keys never stored read as their defaults)
 * @param adminAccount  the single admin account
 * @param sessions      the admin's login sessions
 * @param apiTokens     named API tokens, stored as hashes
 * @param audit         the audit log
 * @param botUsers      the selling bot's users
 * @param transactions  the bot's orders
 * @param conversations the bot's open conversation per user
 * @param noticeStates  which reminders each bot user was already sent
 */
public record StoragePorts(UnitOfWorkPort unitOfWork,
                           ClientRepositoryPort clients,
                           InterfaceRepositoryPort interfaces,
                           SettingsRepositoryPort settings,
                           AdminAccountRepositoryPort adminAccount,
                           SessionRepositoryPort sessions,
                           ApiTokenRepositoryPort apiTokens,
                           AuditRepositoryPort audit,
                           BotUserRepositoryPort botUsers,
                           TransactionRepositoryPort transactions,
                           ConversationRepositoryPort conversations,
                           NoticeStateRepositoryPort noticeStates) {

    /**
     * Checks that every port is present.
     *
     * @param unitOfWork see the record component
     * @param clients see the record component
     * @param interfaces see the record component
     * @param settings see the record component
     * @param adminAccount see the record component
     * @param sessions see the record component
     * @param apiTokens see the record component
     * @param audit see the record component
     * @param botUsers see the record component
     * @param transactions see the record component
     * @param conversations see the record component
     * @param noticeStates see the record component
     * @throws NullPointerException naming every missing port
     */
    public StoragePorts {
        List<String> missing = new ArrayList<>();
        missingIfNull(missing, unitOfWork, "unitOfWork (UnitOfWorkPort)");
        missingIfNull(missing, clients, "clients (ClientRepositoryPort)");
        missingIfNull(missing, interfaces, "interfaces (InterfaceRepositoryPort)");
        missingIfNull(missing, settings, "settings (SettingsRepositoryPort)");
        missingIfNull(missing, adminAccount, "adminAccount (AdminAccountRepositoryPort)");
        missingIfNull(missing, sessions, "sessions (SessionRepositoryPort)");
        missingIfNull(missing, apiTokens, "apiTokens (ApiTokenRepositoryPort)");
        missingIfNull(missing, audit, "audit (AuditRepositoryPort)");
        missingIfNull(missing, botUsers, "botUsers (BotUserRepositoryPort)");
        missingIfNull(missing, transactions, "transactions (TransactionRepositoryPort)");
        missingIfNull(missing, conversations, "conversations (ConversationRepositoryPort)");
        missingIfNull(missing, noticeStates, "noticeStates (NoticeStateRepositoryPort)");
        if (!missing.isEmpty()) {
            throw new NullPointerException("StoragePorts is missing: " + String.join(", ", missing));
        }
    }

    private static void missingIfNull(List<String> missing, Object port, String name) {
        if (port == null) {
            missing.add(name);
        }
    }
}
