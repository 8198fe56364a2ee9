package io.candypanel.adapter.http.common;

import io.candypanel.application.port.in.kernel.KernelOutcome;

/**
 * {@code data.kernel}: whether WireGuard took a change that is already committed. A failure is not an
 * error response: the change stands and the reconciler retries it, so the caller gets 200 and a warning.
 */
public record KernelResponse(boolean applied, String message) {

    public static KernelResponse from(KernelOutcome outcome) {
        return new KernelResponse(outcome.applied(), outcome.message());
    }

    /** The success sentence, followed by a warning when WireGuard was not updated. */
    public static String describe(String successMessage, KernelOutcome outcome) {
        if (outcome.applied()) {
            return successMessage;
        }
        String reason = outcome.message().strip();
        if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return successMessage + " WireGuard was not updated: " + reason + "; it will be retried.";
    }

    /** {@code data} holding only {@code kernel}, or null when there is nothing to report. */
    public static Data dataUnlessApplied(KernelOutcome outcome) {
        return outcome.applied() ? null : new Data(from(outcome));
    }

    /** The {@code data} object of responses whose only content is the kernel report. */
    public record Data(KernelResponse kernel) {
    }
}
