package io.candypanel.adapter.http.apitoken;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenCommand;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.domain.auth.ApiToken;
import java.util.Objects;

/**
 * The {@code api_token} resource of {@code POST /api/manage}, with the original's messages. The token
 * value is a credential: it is never echoed in an answer, an error, the audit log or a log line.
 * Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class ApiTokenHandlers {
    private final SaveApiTokenUseCase saveApiToken;
    private final DeleteApiTokenUseCase deleteApiToken;

    public ApiTokenHandlers(SaveApiTokenUseCase saveApiToken, DeleteApiTokenUseCase deleteApiToken) {
        this.saveApiToken = Objects.requireNonNull(saveApiToken, "saveApiToken");
        this.deleteApiToken = Objects.requireNonNull(deleteApiToken, "deleteApiToken");
    }

    public ApiResponse createOrUpdate(ApiRequest request) {
        JsonFields fields = request.fields();
        String name = fields.string("name").orElse(null);
        String token = fields.string("token").orElse(null);
        if (name == null || token == null) {
            throw RequestRejectedException.badRequest("Missing name or token for API token operation.");
        }
        String validName = validated("name", () -> ApiToken.validName(name));
        // The command checks the token's strength; its message never contains the token.
        SaveApiTokenCommand command = validated("token", () -> new SaveApiTokenCommand(validName, token));
        saveApiToken.save(command);
        return ApiResponse.ok("API token '" + command.name() + "' added/updated successfully.")
                .audited(command.name(), "token created or replaced");
    }

    public ApiResponse delete(ApiRequest request) {
        String name = request.fields().string("name")
                .orElseThrow(() -> RequestRejectedException.badRequest("Missing name for API token deletion."));
        String valid = validated("name", () -> ApiToken.validName(name));
        deleteApiToken.delete(valid);
        return ApiResponse.ok("API token '" + valid + "' deleted successfully.").audited(valid, "token revoked");
    }
}
