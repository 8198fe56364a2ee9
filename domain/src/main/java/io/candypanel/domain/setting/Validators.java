package io.candypanel.domain.setting;

import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The syntax rules of setting values. */
final class Validators {
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final Pattern BOT_TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,100}");

    private Validators() {
    }

    static String hostOrIp(String value) {
        if (isIpv4(value) || isIpv6(value) || (HOSTNAME.matcher(value).matches() && !value.matches("[0-9.]+"))) {
            return value;
        }
        throw new InvalidValueException("'" + printable(value) + "' is neither an IP address nor a host name.");
    }

    static String ipList(String value) {
        List<String> parts = List.of(value.split("\\s*,\\s*"));
        if (value.isEmpty() || parts.stream().anyMatch(p -> !isIpv4(p) && !isIpv6(p))) {
            throw new InvalidValueException("The DNS servers must be a comma-separated list of IP addresses.");
        }
        return String.join(", ", parts);
    }

    static String ipv6ListOrEmpty(String value) {
        if (value.isEmpty()) {
            return value;
        }
        List<String> parts = List.of(value.split("\\s*,\\s*"));
        if (parts.stream().anyMatch(p -> !isIpv6(p))) {
            throw new InvalidValueException("The IPv6 DNS servers must be empty or a comma-separated list of IPv6 addresses.");
        }
        return String.join(", ", parts);
    }

    static String integer(String key, String value, long min, long max) {
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("Setting '" + key + "' must be a whole number between " + min + " and " + max + ".");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (parsed < min || parsed > max) {
            throw new InvalidValueException("Setting '" + key + "' must be a whole number between " + min + " and " + max + ".");
        }
        return Long.toString(parsed);
    }

    static String flag(String key, String value) {
        if (!value.equals("0") && !value.equals("1")) {
            throw new InvalidValueException("Setting '" + key + "' must be 0 or 1.");
        }
        return value;
    }

    static String telegramId(String value) {
        if (!DIGITS.matcher(value).matches() || !fitsInLong(value)) {
            throw new InvalidValueException("Setting 'telegram_bot_admin_id' must be a numeric Telegram id (0 = none).");
        }
        return value;
    }

    private static boolean fitsInLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String telegramBotToken(String value) {
        if (!value.isEmpty() && !BOT_TOKEN.matcher(value).matches()) {
            throw new InvalidValueException("Setting 'telegram_bot_token' must look like '<digits>:<secret>' as BotFather gives it.");
        }
        return value;
    }

    static String yearMonthOrEmpty(String value) {
        if (!value.isEmpty() && !value.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidValueException("A month must be written yyyy-MM.");
        }
        return value;
    }

    static String text(String key, String value, int maxLength) {
        if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("Setting '" + key + "' must be at most " + maxLength + " characters without control characters.");
        }
        return value;
    }

    static String prices(String value) {
        Map<String, Double> prices;
        try {
            prices = MiniJson.parseNumberObject(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Setting 'prices' must be a JSON object such as {\"1GB\": 4000, \"1Month\": 75000}.");
        }
        for (String required : List.of("1GB", "1Month")) {
            Double price = prices.get(required);
            if (price == null || price < 0 || price.isInfinite()) {
                throw new InvalidValueException("Setting 'prices' needs a non-negative number for \"" + required + "\".");
            }
        }
        return value;
    }

    static String alerts(String value) {
        try {
            MiniJson.parseStringArray(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Setting 'alert' must be a JSON list of strings.");
        }
        return value;
    }

    static boolean isIpv4(String value) {
        return Ipv4Address.isValid(value);
    }

    static boolean isIpv6(String value) {
        if (!value.contains(":") || !IPV6.matcher(value).matches()) {
            return false;
        }
        // A lone colon at either end is never valid; only "::" may start or end an address.
        if ((value.startsWith(":") && !value.startsWith("::")) || (value.endsWith(":") && !value.endsWith("::"))) {
            return false;
        }
        int doubleColon = value.indexOf("::");
        if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = value.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.isEmpty()) {
                continue;
            }
            if (i == groups.length - 1 && group.contains(".")) {
                if (!isIpv4(group)) {
                    return false;
                }
                count += 2;
            } else if (group.length() > 4 || group.contains(".")) {
                return false;
            } else {
                count++;
            }
        }
        return doubleColon >= 0 ? count <= 7 : count == 8;
    }

    private static String printable(String value) {
        String shortened = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
