package io.candypanel.application.port.in.reminder;

/** How many reminders fell due in one run and how many a chat channel took. */
public record RemindersSent(int due, int delivered) {
    public RemindersSent {
        if (due < 0 || delivered < 0 || delivered > due) {
            throw new IllegalArgumentException("0 <= delivered <= due");
        }
    }
}
