package io.candypanel.adapter.inmemory;

import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;

/**
 * The schema: one {@link Table} per relation, keyed like the SQL tables of {@code adapter-persistence}.
 * Aggregates (clients, interfaces, bot users, orders) are mutable objects, so rows hold private
 * copies (see {@link Copies}); records are immutable and stored as they are.
 */
final class Tables {
    /** By name; the name order is the order of {@code findAll}. */
    static final Table<String, Client> CLIENTS = new Table<>("clients", TreeMap::new);
    /** By interface number. */
    static final Table<Integer, WgInterface> INTERFACES = new Table<>("interfaces", TreeMap::new);
    static final Table<SettingKey, String> SETTINGS = new Table<>("settings", rows -> {
        EnumMap<SettingKey, String> copy = new EnumMap<>(SettingKey.class);
        copy.putAll(rows);
        return copy;
    });
    /** At most one row, key 1 (the SQL table's CHECK (id = 1)). */
    static final Table<Integer, AdminAccount> ADMIN_ACCOUNT = new Table<>("admin_account", HashMap::new);
    static final Table<TokenHash, Session> SESSIONS = new Table<>("sessions", LinkedHashMap::new);
    /** By name; the name order is the order of {@code findAll}. */
    static final Table<String, ApiToken> API_TOKENS = new Table<>("api_tokens", TreeMap::new);
    /** By an increasing row id, which breaks ties between entries of the same instant. */
    static final Table<Long, AuditEntry> AUDIT_LOG = new Table<>("audit_log", TreeMap::new);
    /** By Telegram id. */
    static final Table<Long, BotUser> BOT_USERS = new Table<>("bot_users", HashMap::new);
    /** By order id. */
    static final Table<String, Transaction> BOT_TRANSACTIONS = new Table<>("bot_transactions", HashMap::new);
    /** By Telegram id. */
    static final Table<Long, Conversation> BOT_CONVERSATIONS = new Table<>("bot_conversations", HashMap::new);
    /** By Telegram id. */
    static final Table<Long, NoticeState> BOT_NOTICE_STATES = new Table<>("bot_notice_states", TreeMap::new);

    private Tables() {
    }
}
