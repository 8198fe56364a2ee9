package io.candypanel.application.port.in.auth;

/** Changes the admin password after checking the current one; every other session ends. */
public interface ChangePasswordUseCase {
    void change(ChangePasswordCommand command);
}
