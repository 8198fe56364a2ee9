package io.candypanel.adapter.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates hostile requests against every endpoint, each one of which the adapter must refuse on its
 * own (before any use case runs). Every body is built as JSON text by hand so that duplicate keys,
 * truncation and odd literals reach the server exactly as written.
 */
final class HostileSweep {

    /** One request and a description for the failure message. */
    record Probe(String description, HttpRequest request) {
    }

    /** A field of an action and the kind of value it takes. */
    private record Field(String name, Kind kind, boolean required) {
    }

    private record Action(String resource, String action, Map<String, String> validBase, List<Field> fields) {
    }

    /** Kinds of field, each with JSON literals that are certainly invalid for it. */
    enum Kind {
        CLIENT_NAME, DATE, BYTES, INTERFACE_NUMBER, NOTE, BOOL, CIDR, PORT, INTERFACE_NAME, SETTING_KEY, SETTING_VALUE,
        TOKEN_NAME, TOKEN_VALUE, BACKUP_NAME, PAGE, SIZE
    }

    private static final List<String> WRONG_TYPES_FOR_STRING = List.of("1", "-1", "1e400", "99999999999999999999999", "true",
            "false", "[]", "[\"alice\"]", "{}", "{\"name\": \"alice\"}");
    private static final List<String> BAD_NAMES = List.of("\"\"", "\"../../etc/passwd\"", "\"..\"", "\".hidden\"", "\"-rf\"",
            "\"a b\"", "\"a\\nb\"", "\"alice\\n[Interface]\\nPostUp = id\"", "\"a\\u0000b\"", "\"\\u202ealice\"", "\"\u540d\u524d\"",
            "\"al/ice\"", "\"al\\\\ice\"", "\"$(reboot)\"", "\"a;b\"", "\"%2e%2e\"", "\"" + "x".repeat(65) + "\"", "\"alice\\r\"",
            "\"\\t\"", "\"<script>\"");
    /** API token names may start with '.' or '-' (they are only labels), so those are not bad here. */
    private static final List<String> BAD_TOKEN_NAMES = BAD_NAMES.stream()
            .filter(name -> !name.equals("\"..\"") && !name.equals("\".hidden\"") && !name.equals("\"-rf\"")).toList();
    private static final List<String> BAD_NUMBERS = List.of("\"abc\"", "-1", "\"-1\"", "1.5", "\"1.5\"", "1e400", "\"1e3\"",
            "99999999999999999999999", "\"99999999999999999999999\"", "true", "[]", "{}", "\"1 OR 1=1\"", "\"\\u0663\"", "\" 1\"",
            "\"0x1\"", "-0.0");

    private final ApiFixture api;
    private final List<Probe> probes = new ArrayList<>();

    HostileSweep(ApiFixture api) {
        this.api = api;
    }

    List<Probe> generate() {
        manageActions();
        manageEnvelope();
        authActions();
        botActions();
        botEnvelope();
        getRoutes();
        pathSegments();
        return probes;
    }

    // ---------------------------------------------------------------- /api/manage

    private static final List<Action> ACTIONS = List.of(
            new Action("client", "create", base("name", "\"alice\"", "expires", "\"2030-01-01T00:00:00Z\"", "traffic", "1000"), List.of(
                    new Field("name", Kind.CLIENT_NAME, true), new Field("expires", Kind.DATE, true),
                    new Field("traffic", Kind.BYTES, true), new Field("wg_id", Kind.INTERFACE_NUMBER, false),
                    new Field("note", Kind.NOTE, false))),
            new Action("client", "update", base("name", "\"alice\"", "status", "true"), List.of(
                    new Field("name", Kind.CLIENT_NAME, true), new Field("expires", Kind.DATE, false),
                    new Field("traffic", Kind.BYTES, false), new Field("status", Kind.BOOL, false), new Field("note", Kind.NOTE, false))),
            new Action("client", "delete", base("name", "\"alice\""), List.of(new Field("name", Kind.CLIENT_NAME, true))),
            new Action("client", "get_config", base("name", "\"alice\""), List.of(new Field("name", Kind.CLIENT_NAME, true))),
            new Action("client", "reset_traffic", base("name", "\"alice\""), List.of(new Field("name", Kind.CLIENT_NAME, true))),
            new Action("client", "share", base("name", "\"alice\""), List.of(new Field("name", Kind.CLIENT_NAME, true))),
            new Action("client", "unshare", base("name", "\"alice\""), List.of(new Field("name", Kind.CLIENT_NAME, true))),
            new Action("interface", "create", base("address_range", "\"10.9.0.1/24\"", "port", "51829"), List.of(
                    new Field("address_range", Kind.CIDR, true), new Field("port", Kind.PORT, true))),
            new Action("interface", "update", base("name", "\"wg1\"", "status", "true"), List.of(
                    new Field("name", Kind.INTERFACE_NAME, true), new Field("address", Kind.CIDR, false),
                    new Field("port", Kind.PORT, false), new Field("status", Kind.BOOL, false))),
            new Action("interface", "delete", base("wg_id", "1"), List.of(new Field("wg_id", Kind.INTERFACE_NUMBER, true))),
            new Action("setting", "update", base("key", "\"mtu\"", "value", "1400"), List.of(
                    new Field("key", Kind.SETTING_KEY, true), new Field("value", Kind.SETTING_VALUE, true))),
            new Action("api_token", "create_or_update", base("name", "\"ci\"", "token", "\"" + "t".repeat(40) + "\""), List.of(
                    new Field("name", Kind.TOKEN_NAME, true), new Field("token", Kind.TOKEN_VALUE, true))),
            new Action("api_token", "delete", base("name", "\"ci\""), List.of(new Field("name", Kind.TOKEN_NAME, true))),
            new Action("sync", "trigger", base(), List.of()),
            new Action("backup", "create", base(), List.of()),
            new Action("backup", "list", base(), List.of()),
            new Action("backup", "restore", base("name", "\"snapshot.db\""), List.of(new Field("name", Kind.BACKUP_NAME, true))),
            new Action("audit", "list", base(), List.of(new Field("page", Kind.PAGE, false), new Field("size", Kind.SIZE, false))));

    /** Invalid JSON literals for a kind of field; never a value the adapter would accept. */
    static List<String> invalid(Kind kind) {
        List<String> values = new ArrayList<>();
        switch (kind) {
            case CLIENT_NAME -> {
                values.addAll(BAD_NAMES);
                values.addAll(WRONG_TYPES_FOR_STRING);
            }
            case TOKEN_NAME -> {
                values.addAll(BAD_TOKEN_NAMES);
                values.addAll(WRONG_TYPES_FOR_STRING);
            }
            case BACKUP_NAME -> {
                values.addAll(List.of("\"../../etc/passwd\"", "\"/etc/passwd\"", "\"a/b.db\"", "\"..\"", "\".hidden\"", "\"a..b\"",
                        "\"\"", "\"x\\ny\"", "\"" + "a".repeat(200) + "\"", "\"C:\\\\db\"", "\"-x.db\"", "\"a b.db\"", "\"%2e%2e\""));
                values.addAll(WRONG_TYPES_FOR_STRING);
            }
            case DATE -> values.addAll(List.of("\"not a date\"", "12345", "\"2030-13-45\"", "\"../\"", "\"2030-01-01\\n\"", "true",
                    "[]", "{}", "\"" + "2".repeat(100) + "\"", "\"2030-01-01T25:00:00Z\"", "\"\\u0662\\u0660\\u0663\\u0660-01-01\"",
                    "1e400", "\"+2030-01-01\""));
            case BYTES -> values.addAll(List.of("-5", "\"-5\"", "\"1.5\"", "1.5", "\"abc\"", "1e400", "true", "[]", "{}", "\"1e3\"",
                    "99999999999999999999999", "\"99999999999999999999999\"", "\"10 GB\"", "\"\\u0661\""));
            case INTERFACE_NUMBER, PORT -> {
                values.addAll(BAD_NUMBERS);
                if (kind == Kind.PORT) {
                    values.addAll(List.of("0", "65536", "\"70000\""));
                }
            }
            case NOTE -> values.addAll(List.of("12", "[]", "{}", "true", "\"line\\nbreak\"", "\"nul\\u0000\"", "\"tab\\there\"",
                    "\"" + "n".repeat(1001) + "\""));
            case BOOL -> values.addAll(List.of("\"true\"", "\"false\"", "1", "0", "\"yes\"", "[]", "{}", "\"\"", "[true]"));
            case CIDR -> values.addAll(List.of("\"10.0.0.1/24\\nPostUp = id\"", "\"10.0.0.1/24; iptables -F\"", "\"$(reboot)/24\"",
                    "\"10.0.0.1/99999999999999999999\"", "\"10.0.0.1/-8\"", "\"0x0a.0.0.1/24\"", "\"fd00::1/64\"", "\"../24\"",
                    "\"\"", "1", "[]", "{}", "true", "\"10.0.0.1\"", "\"" + "1".repeat(300) + "/24\""));
            case INTERFACE_NAME -> values.addAll(List.of("\"wg0; rm -rf /\"", "\"wg0\\n\"", "\"../wg0\"", "\"eth0\"", "\"wg\"",
                    "\"wg-1\"", "\"wg\\u0660\"", "\"WG0\"", "\"\"", "1", "[]", "{}", "true", "\"wg99999999999999999999\""));
            case SETTING_KEY -> values.addAll(List.of("\"../../etc/passwd\"", "\"install\"", "\"status\"", "\"unknown\"", "\"MTU\"",
                    "\"mtu\\n\"", "\"\"", "\"\\u0000\"", "\"admin\"", "\"session_token\"", "123", "[]", "{}", "true"));
            case SETTING_VALUE -> values.addAll(List.of("\"abc\"", "-1", "99999", "1e400", "[]", "{\"a\": 1}", "true", "\"1400\\n[Peer]\"",
                    "\"\"", "\"\\u0000\"", "\"1400; reboot\"", "\"\\u0661\\u0664\\u0660\\u0660\""));
            case TOKEN_VALUE -> values.addAll(List.of("\"short\"", "\"has spaces but is long enough to pass the length rule\"",
                    "\"" + "\\n".repeat(40) + "\"", "1234", "[]", "{}", "true", "\"" + "x".repeat(600) + "\"",
                    "\"" + "\u00fc".repeat(40) + "\"", "\"\""));
            case PAGE -> values.addAll(List.of("0", "-1", "\"x\"", "1.5", "1e400", "99999999999", "true", "[]", "{}", "\"\\u0661\""));
            case SIZE -> values.addAll(List.of("0", "501", "100000", "-1", "\"x\"", "1.5", "true", "[]", "{}", "99999999999"));
        }
        return values;
    }

    private void manageActions() {
        for (Action action : ACTIONS) {
            for (Field field : action.fields()) {
                for (String value : invalid(field.kind())) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    if (field.required()) {
                        fields.putAll(action.validBase());
                    } else {
                        // Only the required fields besides the one under test, so that nothing valid is left to change.
                        action.fields().stream().filter(Field::required)
                                .forEach(f -> fields.put(f.name(), action.validBase().get(f.name())));
                    }
                    fields.put(field.name(), value);
                    boolean nested = (value.hashCode() & 1) == 0;
                    manage(action.resource() + "/" + action.action() + " " + field.name() + "=" + clip(value),
                            body(action.resource(), action.action(), fields, nested));
                }
                if (field.required()) {
                    Map<String, String> absent = new LinkedHashMap<>(action.validBase());
                    absent.remove(field.name());
                    manage(action.resource() + "/" + action.action() + " without " + field.name(), body(action.resource(), action.action(), absent, false));
                    Map<String, String> nulled = new LinkedHashMap<>(action.validBase());
                    nulled.put(field.name(), "null");
                    manage(action.resource() + "/" + action.action() + " " + field.name() + "=null", body(action.resource(), action.action(), nulled, true));
                }
            }
        }
    }

    /** The same for every action: the envelope itself, the body's syntax, the method, the media type and the token. */
    private void manageEnvelope() {
        for (Action action : ACTIONS) {
            String valid = body(action.resource(), action.action(), action.validBase(), false);
            String name = action.resource() + "/" + action.action();
            for (int cut : new int[] {1, valid.length() / 3, valid.length() / 2, valid.length() - 1}) {
                manage(name + " truncated at " + cut, valid.substring(0, cut));
            }
            manage(name + " with resource twice", valid.replaceFirst("\\{", "{\"resource\": \"" + action.resource() + "\", "));
            manage(name + " with action twice", valid.replace("}", ", \"action\": \"" + action.action() + "\"}"));
            if (!action.validBase().isEmpty()) {
                String first = action.validBase().keySet().iterator().next();
                manage(name + " with " + first + " twice", valid.replace("}", ", \"" + first + "\": " + action.validBase().get(first) + "}"));
            }
            for (String data : List.of("\"x\"", "[]", "42", "true", "[{}]")) {
                manage(name + " data=" + data, "{\"resource\": \"" + action.resource() + "\", \"action\": \"" + action.action()
                        + "\", \"data\": " + data + "}");
            }
            for (String resource : List.of("1", "[\"" + action.resource() + "\"]", "{}", "\"" + action.resource().toUpperCase() + "\"",
                    "\"" + action.resource() + "\\n\"", "\"../" + action.resource() + "\"")) {
                manage(name + " resource=" + resource, "{\"resource\": " + resource + ", \"action\": \"" + action.action() + "\"}");
            }
            for (String act : List.of("true", "\"" + action.action() + " \"", "\"../" + action.action() + "\"", "null")) {
                manage(name + " action=" + act, "{\"resource\": \"" + action.resource() + "\", \"action\": " + act + "}");
            }
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                    "multipart/form-data; boundary=x", "text/json", "application/jsonx")) {
                probes.add(new Probe(name + " as " + type, HttpRequest.newBuilder(api.uri("/api/manage")).header("Content-Type", type)
                        .header("Authorization", "Bearer " + ApiFixture.TOKEN).POST(BodyPublishers.ofString(valid)).build()));
            }
            for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
                probes.add(new Probe(name + " via " + method, HttpRequest.newBuilder(api.uri("/api/manage")).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + ApiFixture.TOKEN).method(method, BodyPublishers.ofString(valid)).build()));
            }
            for (String authorization : List.of("", "Bearer NONE", "Bearer wrong-token", "Basic YWRtaW46YWRtaW4=", "Bearer a b")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/manage")).header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(valid));
                if (!authorization.isEmpty()) {
                    request.header("Authorization", authorization);
                }
                probes.add(new Probe(name + " with authorization '" + authorization + "'", request.build()));
            }
        }
    }

    // ---------------------------------------------------------------- /api/auth

    private void authActions() {
        for (String wrong : WRONG_TYPES_FOR_STRING) {
            auth(null, "login username=" + wrong, "{\"action\": \"login\", \"username\": " + wrong + ", \"password\": \"x\"}");
            auth(null, "login password=" + wrong, "{\"action\": \"login\", \"username\": \"admin\", \"password\": " + wrong + "}");
            auth(ApiFixture.TOKEN, "change_password current=" + wrong,
                    "{\"action\": \"change_password\", \"current_password\": " + wrong + ", \"new_password\": \"a-new-passw0rd\"}");
            auth(ApiFixture.TOKEN, "change_password new=" + wrong,
                    "{\"action\": \"change_password\", \"current_password\": \"old\", \"new_password\": " + wrong + "}");
        }
        for (String body : List.of("{\"action\": \"login\"}", "{\"action\": \"login\", \"username\": \"admin\"}",
                "{\"action\": \"login\", \"password\": \"x\"}", "{\"action\": \"login\", \"username\": null, \"password\": \"x\"}")) {
            auth(null, "login " + body, body);
        }
        for (String weak : List.of("\"short\"", "\"\"", "\"" + "p".repeat(1025) + "\"")) {
            auth(ApiFixture.TOKEN, "change_password new=" + clip(weak),
                    "{\"action\": \"change_password\", \"current_password\": \"old\", \"new_password\": " + weak + "}");
        }
        auth(ApiFixture.TOKEN, "change_password without fields", "{\"action\": \"change_password\"}");
        for (String authorization : new String[] {null, "wrong-token", "NONE"}) {
            auth(authorization, "logout with token " + authorization, "{\"action\": \"logout\"}");
            auth(authorization, "change_password with token " + authorization,
                    "{\"action\": \"change_password\", \"current_password\": \"old\", \"new_password\": \"a-new-passw0rd\"}");
        }
        auth(ApiFixture.API_TOKEN, "logout with an API token", "{\"action\": \"logout\"}");

        Map<String, List<String>> install = new LinkedHashMap<>();
        install.put("server_ip", List.of("\"1.2.3.4\\nPostUp = id\"", "\"$(reboot)\"", "\"\"", "1", "[]", "{}", "\"a b\"", "\"../x\""));
        install.put("wg_port", invalid(Kind.PORT));
        install.put("wg_address_range", invalid(Kind.CIDR));
        install.put("wg_dns", List.of("\"8.8.8.8\\nPostUp = id\"", "\"not-an-ip\"", "1", "[]", "{}", "\"8.8.8.8; reboot\""));
        install.put("admin_user", List.of("\"a b\"", "\"../admin\"", "\"admin\\n\"", "\"\"", "1", "[]", "{}", "\"" + "u".repeat(65) + "\""));
        install.put("admin_password", List.of("\"\"", "1", "[]", "{}", "true", "\"" + "p".repeat(1025) + "\""));
        install.put("setup_token", List.of("1", "[]", "{}", "true"));
        install.forEach((field, values) -> {
            for (String value : values) {
                String body = "{\"action\": \"install\", \"server_ip\": \"203.0.113.1\", \"wg_port\": 51820, \"" + field + "\": " + value + "}";
                auth(null, "install " + field + "=" + clip(value), body.replace("\"" + field + "\": \"203.0.113.1\", ", "")
                        .replace("\"" + field + "\": 51820, ", ""));
            }
        });
        for (String action : List.of("1", "[]", "{}", "null", "\"LOGIN\"", "\"logout\\n\"", "\"../login\"", "\"\"")) {
            auth(null, "action=" + action, "{\"action\": " + action + "}");
        }
        String login = "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"admin\"}";
        for (int cut : new int[] {1, 10, login.length() / 2, login.length() - 1}) {
            auth(null, "login truncated at " + cut, login.substring(0, cut));
        }
        auth(null, "login with username twice", login.replace("}", ", \"username\": \"root\"}"));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml", "text/html")) {
            probes.add(new Probe("login as " + type, HttpRequest.newBuilder(api.uri("/api/auth")).header("Content-Type", type)
                    .POST(BodyPublishers.ofString(login)).build()));
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            probes.add(new Probe("auth via " + method, HttpRequest.newBuilder(api.uri("/api/auth")).method(method, BodyPublishers.ofString(login)).build()));
        }
    }

    // ---------------------------------------------------------------- /bot_api

    /** The bot admin's Telegram id in these probes; the test makes it the admin, so the admin routes reach their own checks. */
    static final long BOT_ADMIN = 1001;
    private static final String USER_ID = "4242";
    private static final String ADMIN_ID = Long.toString(BOT_ADMIN);

    /** A field of a bot route, the JSON literals that are certainly invalid for it, and whether it is required. */
    private record BotField(String name, List<String> invalid, boolean required) {
    }

    /** A route, a valid body (which the probes never send as it is), and its fields. */
    private record BotAction(String path, Map<String, String> validBase, List<BotField> fields) {
    }

    private static final List<String> BAD_TELEGRAM_IDS = List.of("\"abc\"", "-1", "\"-1\"", "0", "\"0\"", "1.5", "\"1.5\"", "1e400", "1e3",
            "99999999999999999999999", "\"99999999999999999999999\"", "true", "[]", "{}", "[4242]", "\" 4242\"", "\"4242 \"", "\"0x10\"",
            "\"\\u0664\"", "\"\"", "\"4242\\n\"");
    private static final List<String> BAD_ORDER_IDS = List.of("\"\"", "\"a b\"", "\"a/b\"", "\"../x\"", "\"a\\nb\"", "\"" + "o".repeat(65) + "\"",
            "\"\\u202eA1\"", "1", "[]", "{}", "true");
    private static final List<String> BAD_CARDS = List.of("\"\"", "\"   \"", "\"6037\\n[Interface]\"", "\"a\\u0000b\"", "\"" + "c".repeat(201) + "\"",
            "1", "[]", "{}", "true");
    private static final List<String> BAD_MESSAGES = List.of("\"\"", "\"   \"", "\"a\\u0000b\"", "\"bell\\u0007\"", "\"" + "m".repeat(3501) + "\"",
            "1", "[]", "{}", "true");
    private static final List<String> BAD_NOTES = List.of("1", "[]", "{}", "true", "\"a\\u0000b\"", "\"" + "n".repeat(501) + "\"");
    private static final List<String> BAD_PURCHASE_TYPES = List.of("\"GB\"", "\"gb \"", "\"year\"", "\"\"", "1", "[]", "{}", "true");

    private static List<String> plus(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    private static BotField required(String name, List<String> invalid) {
        return new BotField(name, invalid, true);
    }

    private static BotField optional(String name, List<String> invalid) {
        return new BotField(name, invalid, false);
    }

    private static final List<BotAction> BOT_ACTIONS = List.of(
            new BotAction("/bot_api/user/register", base("telegram_id", USER_ID), List.of(required("telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/user/set_language", base("telegram_id", USER_ID, "language", "\"fa\""), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS),
                    required("language", List.of("\"de\"", "\"EN\"", "\"en\\n\"", "\"\"", "1", "[]", "{}", "true")))),
            new BotAction("/bot_api/user/initiate_purchase", base("telegram_id", USER_ID), List.of(required("telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/user/calculate_price", base("telegram_id", USER_ID, "purchase_type", "\"gb\"", "quantity", "1"), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), required("purchase_type", BAD_PURCHASE_TYPES),
                    required("quantity", plus(BAD_NUMBERS, "0", "10001")))),
            new BotAction("/bot_api/user/calculate_price", base("telegram_id", USER_ID, "purchase_type", "\"month\"", "quantity", "1"), List.of(
                    required("quantity", plus(BAD_NUMBERS, "0", "121")))),
            new BotAction("/bot_api/user/calculate_price", base("telegram_id", USER_ID, "purchase_type", "\"custom\"", "time_quantity", "0",
                    "traffic_quantity", "0"), List.of(
                    required("time_quantity", plus(BAD_NUMBERS, "121")), required("traffic_quantity", plus(BAD_NUMBERS, "10001")))),
            new BotAction("/bot_api/user/submit_transaction", base("telegram_id", USER_ID, "order_id", "\"A1\"", "card_number_sent", "\"x\"",
                    "purchase_type", "\"gb\"", "quantity", "1"), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), required("order_id", BAD_ORDER_IDS), required("card_number_sent", BAD_CARDS),
                    required("purchase_type", BAD_PURCHASE_TYPES), required("quantity", plus(BAD_NUMBERS, "0", "10001")))),
            new BotAction("/bot_api/user/buy_traffic_request", base("telegram_id", USER_ID, "order_id", "\"A1\"", "card_number_sent", "\"x\"",
                    "purchase_type", "\"month\"", "quantity", "1"), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), optional("order_id", BAD_ORDER_IDS), required("card_number_sent", BAD_CARDS),
                    required("purchase_type", BAD_PURCHASE_TYPES), required("quantity", plus(BAD_NUMBERS, "0", "121")))),
            new BotAction("/bot_api/user/get_license", base("telegram_id", USER_ID), List.of(required("telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/user/account_status", base("telegram_id", USER_ID), List.of(required("telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/user/call_support", base("telegram_id", USER_ID, "message", "\"help\""), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), required("message", BAD_MESSAGES))),
            new BotAction("/bot_api/admin/check_admin", base("telegram_id", ADMIN_ID), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), optional("admin_telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/admin/get_all_users", base("telegram_id", ADMIN_ID), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), optional("admin_telegram_id", BAD_TELEGRAM_IDS))),
            new BotAction("/bot_api/admin/get_transactions", base("telegram_id", ADMIN_ID), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS),
                    optional("status_filter", List.of("\"done\"", "\"ALL\"", "\"pending \"", "\"\"", "1", "[]", "{}", "true")),
                    optional("offset", BAD_NUMBERS), optional("limit", plus(BAD_NUMBERS, "0", "501", "\"501\"")))),
            new BotAction("/bot_api/admin/approve_transaction", base("telegram_id", ADMIN_ID, "order_id", "\"A1\""), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), optional("admin_telegram_id", BAD_TELEGRAM_IDS),
                    required("order_id", BAD_ORDER_IDS), optional("admin_note", BAD_NOTES))),
            new BotAction("/bot_api/admin/reject_transaction", base("telegram_id", ADMIN_ID, "order_id", "\"A1\""), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), required("order_id", BAD_ORDER_IDS), optional("admin_note", BAD_NOTES))),
            new BotAction("/bot_api/admin/manage_user", base("admin_telegram_id", ADMIN_ID, "target_telegram_id", USER_ID, "action", "\"ban\""),
                    List.of(required("admin_telegram_id", BAD_TELEGRAM_IDS), required("target_telegram_id", BAD_TELEGRAM_IDS),
                            required("action", List.of("\"delete\"", "\"BAN\"", "\"ban \"", "\"\"", "1", "[]", "{}", "true")))),
            new BotAction("/bot_api/admin/manage_user", base("admin_telegram_id", ADMIN_ID, "target_telegram_id", USER_ID, "action",
                    "\"update_traffic\"", "value", "2.5"), List.of(
                    required("value", List.of("-1", "\"-1\"", "0", "\"0\"", "0.0001", "10001", "\"abc\"", "\"1,5\"", "\" 1\"", "true", "[]", "{}",
                            "1e400", "99999999999999999999999")))),
            new BotAction("/bot_api/admin/manage_user", base("admin_telegram_id", ADMIN_ID, "target_telegram_id", USER_ID, "action",
                    "\"update_time\"", "value", "30"), List.of(required("value", plus(BAD_NUMBERS, "0", "36501")))),
            new BotAction("/bot_api/admin/send_message_to_all", base("telegram_id", ADMIN_ID, "message", "\"hello\""), List.of(
                    required("telegram_id", BAD_TELEGRAM_IDS), required("message", BAD_MESSAGES))),
            new BotAction("/bot_api/admin/server_control", base("admin_telegram_id", ADMIN_ID, "resource", "\"client\"", "action",
                    "\"get_config\"", "name", "\"alice\""), List.of(
                    required("admin_telegram_id", BAD_TELEGRAM_IDS), required("resource", List.of("\"nuke\"", "\"CLIENT\"", "1", "[]")),
                    required("action", List.of("\"explode\"", "\"GET_CONFIG\"", "1", "{}")), required("name", plus(BAD_NAMES, "1", "[]")))));

    /** Every field of every bot route with each of its invalid values, absent and null; and every gated route for a non-admin. */
    private void botActions() {
        for (BotAction action : BOT_ACTIONS) {
            for (BotField field : action.fields()) {
                for (String value : field.invalid()) {
                    Map<String, String> fields = new LinkedHashMap<>(action.validBase());
                    fields.put(field.name(), value);
                    bot(action.path(), field.name() + "=" + clip(value), fields);
                }
                if (field.required()) {
                    Map<String, String> absent = new LinkedHashMap<>(action.validBase());
                    absent.remove(field.name());
                    bot(action.path(), "without " + field.name(), absent);
                    Map<String, String> nulled = new LinkedHashMap<>(action.validBase());
                    nulled.put(field.name(), "null");
                    bot(action.path(), field.name() + "=null", nulled);
                }
            }
            if (action.path().startsWith("/bot_api/admin/") && !action.path().endsWith("/check_admin")) {
                Map<String, String> stranger = new LinkedHashMap<>(action.validBase());
                stranger.remove("admin_telegram_id");
                stranger.put("telegram_id", USER_ID);
                bot(action.path(), "by a Telegram id that is not the admin", stranger);
                Map<String, String> impostor = new LinkedHashMap<>(action.validBase());
                impostor.put("telegram_id", ADMIN_ID);
                impostor.put("admin_telegram_id", USER_ID);
                bot(action.path(), "with the admin's id only in telegram_id", impostor);
            }
        }
    }

    /** For every bot route: the body's syntax, the method, the media type and the token. */
    private void botEnvelope() {
        Map<String, BotAction> byPath = new LinkedHashMap<>();
        BOT_ACTIONS.forEach(action -> byPath.putIfAbsent(action.path(), action));
        byPath.forEach((path, action) -> {
            String valid = object(action.validBase());
            for (int cut : new int[] {1, valid.length() / 2, valid.length() - 1}) {
                botRaw(path, "truncated at " + cut, valid.substring(0, cut));
            }
            String first = action.validBase().keySet().iterator().next();
            botRaw(path, first + " twice", valid.replace("}", ", \"" + first + "\": " + action.validBase().get(first) + "}"));
            for (String body : List.of("[]", "\"x\"", "42", "null", "")) {
                botRaw(path, "body " + body, body);
            }
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
                probes.add(new Probe(path + " as " + type, HttpRequest.newBuilder(api.uri(path)).header("Content-Type", type)
                        .header("Authorization", "Bearer " + ApiFixture.API_TOKEN).POST(BodyPublishers.ofString(valid)).build()));
            }
            for (String method : List.of("GET", "PUT", "DELETE")) {
                probes.add(new Probe(path + " via " + method, HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + ApiFixture.API_TOKEN).method(method, BodyPublishers.ofString(valid)).build()));
            }
            for (String authorization : List.of("", "Bearer NONE", "Bearer wrong-token", "Basic YWRtaW46YWRtaW4=", ApiFixture.API_TOKEN)) {
                HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(valid));
                if (!authorization.isEmpty()) {
                    request.header("Authorization", authorization);
                }
                probes.add(new Probe(path + " with authorization '" + clip(authorization) + "'", request.build()));
            }
        });
    }

    private void bot(String path, String description, Map<String, String> fields) {
        botRaw(path, description, object(fields));
    }

    private void botRaw(String path, String description, String body) {
        probes.add(new Probe(path + " " + description, HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiFixture.API_TOKEN).POST(BodyPublishers.ofString(body)).build()));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder inner = new StringBuilder();
        fields.forEach((name, json) -> inner.append(inner.length() == 0 ? "" : ", ").append('"').append(name).append("\": ").append(json));
        return "{" + inner + "}";
    }

    // ---------------------------------------------------------------- GET routes

    private void getRoutes() {
        for (String path : List.of("/check", "/api/data", "/api/dashboard", "/api/interfaces", "/api/settings", "/metrics",
                "/api/openapi.json", "/api/clients/alice/qr.png",
                "/s/dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw", "/s/dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw/config",
                "/s/dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw/qr.png")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                probes.add(new Probe(method + " " + path, HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + ApiFixture.TOKEN)
                        .method(method, BodyPublishers.ofString("{}")).build()));
            }
        }
        for (String path : List.of("/api/data", "/api/dashboard", "/api/interfaces", "/api/settings", "/metrics",
                "/api/clients/alice/qr.png")) {
            for (String authorization : List.of("", "Bearer NONE", "Bearer wrong-token", "Basic YWRtaW46YWRtaW4=", "Bearer a b",
                    "Bearer " + "x".repeat(600), "Token " + ApiFixture.TOKEN, ApiFixture.TOKEN)) {
                HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
                if (!authorization.isEmpty()) {
                    request.header("Authorization", authorization);
                }
                probes.add(new Probe("GET " + path + " with authorization '" + clip(authorization) + "'", request.build()));
            }
        }
        for (String path : List.of("/", "/api", "/api/", "/api/data/", "/CHECK", "/api/manage/client", "/api/clients", "/api/clients/alice",
                "/api/clients/alice/qr", "/api/clients/alice/qr.png/x", "/s", "/s/", "/s/x/y/z", "/metrics/", "/api/openapi.yaml",
                "/bot_api/user/register", "/bot_api/admin/data", "/..%2f..%2fetc%2fpasswd", "/check%00", "/%2e%2e/%2e%2e/etc/passwd", "/api/%2e%2e/api/data",
                "/s/%2e%2e/api/data", "/api/clients/%2e%2e%2f%2e%2e/qr.png")) {
            probes.add(new Probe("GET " + path, HttpRequest.newBuilder(api.uri(path)).GET().build()));
        }
    }

    /** Hostile path segments in every placeholder: share tokens and client names. */
    private void pathSegments() {
        List<String> segments = List.of("..", ".", "%2e%2e", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "%2F", "%2Fetc%2Fpasswd", "%00",
                "%0A", "%0D%0ASet-Cookie:%20x=y", "%E2%80%AE", "a%20b", "~", "$(id)", "%3Cscript%3E", "x".repeat(300), ".hidden",
                "-rf", "%252e%252e", "..%5C..%5Cwindows", "%C0%AE%C0%AE".replace("%C0%AE", "%2e"), "%E5%90%8D%E5%89%8D", "a%09b",
                "'%20OR%20'1'='1", "%7B%7D", "short");
        for (String segment : segments) {
            for (String suffix : List.of("", "/config", "/qr.png")) {
                probes.add(new Probe("GET /s/" + clip(segment) + suffix, HttpRequest.newBuilder(api.uri("/s/" + segment + suffix)).GET().build()));
            }
            if (segment.equals("short")) {
                continue; // a valid client name; only a malformed share token
            }
            probes.add(new Probe("GET /api/clients/" + clip(segment) + "/qr.png", HttpRequest.newBuilder(api.uri("/api/clients/" + segment + "/qr.png"))
                    .header("Authorization", "Bearer " + ApiFixture.TOKEN).GET().build()));
            probes.add(new Probe("GET /api/clients/" + clip(segment) + "/qr.png without token",
                    HttpRequest.newBuilder(api.uri("/api/clients/" + segment + "/qr.png")).GET().build()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void manage(String description, String body) {
        probes.add(new Probe("manage " + description, HttpRequest.newBuilder(api.uri("/api/manage")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiFixture.TOKEN).POST(BodyPublishers.ofString(body)).build()));
    }

    private void auth(String token, String description, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/auth")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        probes.add(new Probe("auth " + description, request.build()));
    }

    private static Map<String, String> base(String... namesAndJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndJson.length; i += 2) {
            fields.put(namesAndJson[i], namesAndJson[i + 1]);
        }
        return fields;
    }

    /** The action's fields flat beside resource and action, or nested in data. */
    private static String body(String resource, String action, Map<String, String> fields, boolean nested) {
        StringBuilder inner = new StringBuilder();
        fields.forEach((name, json) -> inner.append(inner.length() == 0 ? "" : ", ").append('"').append(name).append("\": ").append(json));
        String head = "{\"resource\": \"" + resource + "\", \"action\": \"" + action + "\"";
        if (fields.isEmpty()) {
            return head + "}";
        }
        return nested ? head + ", \"data\": {" + inner + "}}" : head + ", " + inner + "}";
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
