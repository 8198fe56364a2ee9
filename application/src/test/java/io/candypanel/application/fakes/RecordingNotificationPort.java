package io.candypanel.application.fakes;

import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records every notification; can act as if no chat channel is connected, or fail as an unreachable
 * Telegram would.
 */
public final class RecordingNotificationPort implements NotificationPort {
    public record Approval(Transaction order, Client client, String config) {
    }

    public record SupportRequest(TelegramId from, Optional<ClientName> client, ChatText message) {
    }

    public record BroadcastRequest(List<TelegramId> recipients, ChatText message) {
    }

    public record Reminded(TelegramId to, Reminder reminder) {
    }

    private final List<Transaction> placed = new ArrayList<>();
    private final List<Approval> approved = new ArrayList<>();
    private final List<Transaction> rejected = new ArrayList<>();
    private final List<SupportRequest> support = new ArrayList<>();
    private final List<BroadcastRequest> broadcasts = new ArrayList<>();
    private final List<Reminded> reminders = new ArrayList<>();
    private boolean connected = true;
    private RuntimeException failure;

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** From now on answer {@code false} (no channel) without recording anything. */
    public synchronized void disconnect() {
        connected = false;
    }

    @Override
    public synchronized boolean orderPlaced(Transaction order) {
        return record(placed, order);
    }

    @Override
    public synchronized boolean orderApproved(Transaction order, Client client, String config) {
        return record(approved, new Approval(order, client, config));
    }

    @Override
    public synchronized boolean orderRejected(Transaction order) {
        return record(rejected, order);
    }

    @Override
    public synchronized boolean supportRequested(TelegramId from, Optional<ClientName> client, ChatText message) {
        return record(support, new SupportRequest(from, client, message));
    }

    @Override
    public synchronized boolean broadcast(List<TelegramId> recipients, ChatText message) {
        return record(broadcasts, new BroadcastRequest(List.copyOf(recipients), message));
    }

    @Override
    public synchronized boolean remind(TelegramId to, Reminder reminder) {
        return record(reminders, new Reminded(to, reminder));
    }

    private <T> boolean record(List<T> into, T event) {
        if (failure != null) {
            throw failure;
        }
        if (!connected) {
            return false;
        }
        into.add(event);
        return true;
    }

    public synchronized List<Transaction> placed() {
        return List.copyOf(placed);
    }

    public synchronized List<Approval> approved() {
        return List.copyOf(approved);
    }

    public synchronized List<Transaction> rejected() {
        return List.copyOf(rejected);
    }

    public synchronized List<SupportRequest> support() {
        return List.copyOf(support);
    }

    public synchronized List<BroadcastRequest> broadcasts() {
        return List.copyOf(broadcasts);
    }

    public synchronized List<Reminded> reminders() {
        return List.copyOf(reminders);
    }

    /** From now on deliver again (after {@link #disconnect()} or {@link #failWith}). */
    public synchronized void reconnect() {
        connected = true;
        failure = null;
    }

    public synchronized boolean nothingSent() {
        return placed.isEmpty() && approved.isEmpty() && rejected.isEmpty() && support.isEmpty() && broadcasts.isEmpty()
                && reminders.isEmpty();
    }
}
