package io.candypanel.application.port.in.reminder;

/**
 * Tells bot users about their own client once per occasion: most of the quota used, the expiry near
 * (thresholds in the {@code reminder_*} settings), the client disabled and why. Runs after each sync;
 * a reminder no chat channel took is sent again at the next run.
 */
public interface SendRemindersUseCase {
    RemindersSent sendReminders();
}
