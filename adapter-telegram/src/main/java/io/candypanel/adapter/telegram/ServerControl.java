package io.candypanel.adapter.telegram;

import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's {@code /cp_*} commands: the same client, interface, setting and sync use cases as the
 * HTTP API, typed in a chat. Arguments are words; optional fields of the edit commands are
 * {@code key=value} words (the original's positional optionals could not say which one was meant), and
 * a note or a setting value is the rest of the line. Dates are ISO ({@code 2026-12-01}, the start of that
 * day in the panel's time zone, or a full {@code 2026-12-01T00:00:00Z}); traffic is bytes or GB
 * ({@code 50GB}, {@code 1.5gb}), 0 for unlimited.
 */
final class ServerControl {
    static final Set<String> COMMANDS = Set.of("cp_new_client", "cp_edit_client", "cp_delete_client", "cp_get_config",
            "cp_new_interface", "cp_edit_interface", "cp_delete_interface", "cp_change_setting", "cp_trigger_sync");
    private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

    private final TelegramUseCases useCases;
    private final ChatSender sender;
    private final Formats formats;
    private final Clock clock;

    ServerControl(TelegramUseCases useCases, ChatSender sender, Formats formats, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void run(Dialog dialog, CommandLine command) {
        dialog.endConversation();
        switch (command.name()) {
            case "cp_new_client" -> newClient(dialog, command);
            case "cp_edit_client" -> editClient(dialog, command);
            case "cp_delete_client" -> deleteClient(dialog, command);
            case "cp_get_config" -> getConfig(dialog, command);
            case "cp_new_interface" -> newInterface(dialog, command);
            case "cp_edit_interface" -> editInterface(dialog, command);
            case "cp_delete_interface" -> deleteInterface(dialog, command);
            case "cp_change_setting" -> changeSetting(dialog, command);
            case "cp_trigger_sync" -> sync(dialog);
            default -> throw new IllegalArgumentException("not a server control command: " + command.name());
        }
    }

    /** {@code /cp_new_client <name> <expires> <traffic> [wg_id] [note...]}. */
    private void newClient(Dialog dialog, CommandLine command) {
        List<String> parts = command.wordsThenRest(3);
        if (parts.size() < 3) {
            usage(dialog, command);
            return;
        }
        InterfaceId interfaceId = InterfaceId.FIRST;
        String note = "";
        if (parts.size() == 4) {
            String[] rest = parts.get(3).split("\\s+", 2);
            if (rest[0].matches("(wg)?[0-9]{1,4}")) {
                interfaceId = interfaceId(rest[0]);
                note = rest.length > 1 ? rest[1] : "";
            } else {
                note = parts.get(3);
            }
        }
        CreatedClient created = useCases.createClient().create(new CreateClientCommand(new ClientName(parts.get(0)),
                instant(parts.get(1)), quota(parts.get(2)), interfaceId, note));
        sendConfig(dialog, dialog.text("cp.client_created", created.client().name().value(),
                created.client().address().toString(), created.client().interfaceId().interfaceName())
                + kernel(dialog, created.kernel()), created.client().name(), created.config());
    }

    /** {@code /cp_edit_client <name> [expires=..] [traffic=..] [status=true|false] [note=...]}. */
    private void editClient(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() < 2) {
            usage(dialog, command);
            return;
        }
        Map<String, String> fields = keyValues(command.arguments().substring(words.get(0).length()).strip(),
                Set.of("expires", "traffic", "status", "note"));
        UpdatedClient updated = useCases.updateClient().update(new UpdateClientCommand(new ClientName(words.get(0)),
                Optional.ofNullable(fields.get("expires")).map(this::instant),
                Optional.ofNullable(fields.get("traffic")).map(ServerControl::quota),
                Optional.ofNullable(fields.get("status")).map(ServerControl::onOff),
                Optional.ofNullable(fields.get("note"))));
        dialog.reply(dialog.text("cp.client_updated", updated.client().name().value(), formats.date(updated.client().expiresAt()),
                formats.quota(dialog.language(), updated.client().quota()),
                dialog.text(updated.client().isEnabled() ? "cp.enabled" : "cp.disabled"))
                + kernel(dialog, updated.kernel()));
    }

    private void deleteClient(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() != 1) {
            usage(dialog, command);
            return;
        }
        KernelOutcome outcome = useCases.deleteClient().delete(new DeleteClientCommand(new ClientName(words.get(0))));
        dialog.reply(dialog.text("cp.client_deleted", words.get(0)) + kernel(dialog, outcome));
    }

    private void getConfig(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() != 1) {
            usage(dialog, command);
            return;
        }
        ClientName name = new ClientName(words.get(0));
        String config = useCases.getClientConfig().config(new GetClientConfigQuery(name));
        sendConfig(dialog, dialog.text("cp.client_config", name.value()), name, config);
    }

    /** {@code /cp_new_interface <cidr> <port>}. */
    private void newInterface(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() != 2) {
            usage(dialog, command);
            return;
        }
        InterfaceChange change = useCases.createInterface().create(new CreateInterfaceCommand(Ipv4Cidr.parse(words.get(0)),
                new ListenPort(port(words.get(1)))));
        dialog.reply(dialog.text("cp.interface_created", change.wgInterface().id().interfaceName(), words.get(0), words.get(1))
                + kernel(dialog, change.kernel()));
    }

    /** {@code /cp_edit_interface <wgN|N> [address=..] [port=..] [status=up|down]}. */
    private void editInterface(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() < 2) {
            usage(dialog, command);
            return;
        }
        Map<String, String> fields = keyValues(command.arguments().substring(words.get(0).length()).strip(),
                Set.of("address", "port", "status"));
        InterfaceChange change = useCases.updateInterface().update(new UpdateInterfaceCommand(interfaceId(words.get(0)),
                Optional.ofNullable(fields.get("address")).map(Ipv4Cidr::parse),
                Optional.ofNullable(fields.get("port")).map(port -> new ListenPort(port(port))),
                Optional.ofNullable(fields.get("status")).map(ServerControl::onOff)));
        dialog.reply(dialog.text("cp.interface_updated", change.wgInterface().id().interfaceName()) + kernel(dialog, change.kernel()));
    }

    private void deleteInterface(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        if (words.size() != 1) {
            usage(dialog, command);
            return;
        }
        DeletedInterface deleted = useCases.deleteInterface().delete(new DeleteInterfaceCommand(interfaceId(words.get(0))));
        dialog.reply(dialog.text("cp.interface_deleted", deleted.name(), deleted.clientsRemoved()) + kernel(dialog, deleted.kernel()));
    }

    /** {@code /cp_change_setting <key> <value...>}; the value is the rest of the line and may be empty. */
    private void changeSetting(Dialog dialog, CommandLine command) {
        List<String> parts = command.wordsThenRest(1);
        if (parts.isEmpty()) {
            usage(dialog, command);
            return;
        }
        UpdateSettingCommand update = UpdateSettingCommand.of(parts.get(0), parts.size() > 1 ? parts.get(1) : "");
        useCases.updateSetting().update(update);
        // The value is not echoed: it may be a secret (the bot token itself, say) and chats are kept forever.
        dialog.reply(dialog.text("cp.setting_changed", update.key().wireName()));
    }

    private void sync(Dialog dialog) {
        SyncReport report = useCases.sync().sync();
        StringBuilder text = new StringBuilder(dialog.text("cp.sync_done", report.durationMillis(), report.peersRead(),
                report.clientsUpdated(), Formats.bytes(report.bytesCounted()), report.disabled().size(), report.reEnabled()));
        for (String failure : report.kernelFailures()) {
            text.append('\n').append(dialog.text("cp.sync_failure", failure));
        }
        dialog.reply(text.toString());
    }

    private void sendConfig(Dialog dialog, String headline, ClientName name, String config) {
        // The admin gets text and file; the QR code is for the user's phone, which is not this chat.
        dialog.reply(headline + "\n\n" + Html.pre(config));
        sender.sendDocument(dialog.chatId(), name.value() + ".conf", config.getBytes(StandardCharsets.UTF_8),
                name.value() + ".conf");
    }

    private static void usage(Dialog dialog, CommandLine command) {
        dialog.reply(dialog.text("cp.usage_" + command.name().substring("cp_".length())));
    }

    private static String kernel(Dialog dialog, KernelOutcome outcome) {
        return outcome.applied() ? "" : "\n" + dialog.text("admin.kernel_failed", outcome.message());
    }

    /** {@code key=value} words; {@code note=} takes the rest of the line (a note has spaces). */
    static Map<String, String> keyValues(String text, Set<String> allowed) {
        Map<String, String> fields = new HashMap<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            int equals = rest.indexOf('=');
            if (equals <= 0) {
                throw new InvalidValueException("Expected key=value, got '" + shortened(rest) + "'.");
            }
            String key = rest.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                throw new InvalidValueException("Unknown field '" + shortened(key) + "'; use " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
            String afterEquals = rest.substring(equals + 1);
            String value;
            if (key.equals("note")) {
                value = afterEquals.strip();
                rest = "";
            } else {
                String[] split = afterEquals.split("\\s+", 2);
                value = split[0];
                rest = split.length > 1 ? split[1].strip() : "";
            }
            if (fields.put(key, value) != null) {
                throw new InvalidValueException("The field '" + key + "' is given twice.");
            }
        }
        return fields;
    }

    /** An ISO date (start of that day in the panel's zone), local date-time (in that zone) or date-time with offset. */
    Instant instant(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+")) {
                return LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidValueException("The date must be ISO-8601, such as 2026-12-01 or 2026-12-01T00:00:00Z.");
        }
    }

    /** Bytes ({@code 1073741824}) or GB ({@code 50GB}, {@code 1.5gb}); 0 = unlimited. */
    static Quota quota(String text) {
        String normalised = QuantityParser.normalise(text);
        try {
            if (normalised.matches("\\d{1,19}")) {
                return new Quota(Long.parseLong(normalised));
            }
            if (normalised.matches("\\d{1,9}(\\.\\d{1,6})?\\s*gb")) {
                BigDecimal gigabytes = new BigDecimal(normalised.replaceAll("\\s*gb$", ""));
                return new Quota(gigabytes.multiply(BYTES_PER_GB).longValue());
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new InvalidValueException("The traffic must be a number of bytes or of GB such as 50GB (0 = unlimited).");
    }

    private static InterfaceId interfaceId(String text) {
        if (text.startsWith("wg")) {
            return InterfaceId.fromName(text);
        }
        if (!text.matches("\\d{1,4}")) {
            throw new InvalidValueException("An interface is wgN or its number N.");
        }
        return new InterfaceId(Integer.parseInt(text));
    }

    private static int port(String text) {
        if (!text.matches("\\d{1,5}")) {
            throw new InvalidValueException("The port must be a number from 1 to 65535.");
        }
        return Integer.parseInt(text);
    }

    private static boolean onOff(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "up", "enabled", "enable", "1" -> true;
            case "false", "off", "down", "disabled", "disable", "0" -> false;
            default -> throw new InvalidValueException("The status is true or false (also on/off, up/down).");
        };
    }

    private static String shortened(String text) {
        String shown = text.length() > 32 ? text.substring(0, 32) + "..." : text;
        return shown.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    }
}
