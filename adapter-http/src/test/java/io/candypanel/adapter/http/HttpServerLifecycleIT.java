package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HttpServerLifecycleIT {

    private static HttpUseCases mockedUseCases() {
        return new HttpUseCases(mock(CheckInstallationUseCase.class), mock(InstallPanelUseCase.class), mock(LoginUseCase.class),
                mock(LogoutUseCase.class), mock(ChangePasswordUseCase.class), mock(AuthenticateUseCase.class),
                mock(CreateClientUseCase.class), mock(UpdateClientUseCase.class), mock(DeleteClientUseCase.class),
                mock(GetClientConfigUseCase.class), mock(ResetClientUsageUseCase.class), mock(ShareClientUseCase.class),
                mock(ViewSharedClientUseCase.class), mock(PanelOverviewUseCase.class),
                mock(ListClientsUseCase.class), mock(PanelSummaryUseCase.class), mock(PanelDashboardUseCase.class),
                mock(PanelMetricsUseCase.class),
                mock(ListInterfacesUseCase.class), mock(ViewSettingsUseCase.class), mock(CreateInterfaceUseCase.class),
                mock(UpdateInterfaceUseCase.class), mock(DeleteInterfaceUseCase.class), mock(SyncUseCase.class),
                mock(UpdateSettingUseCase.class), mock(SaveApiTokenUseCase.class), mock(DeleteApiTokenUseCase.class),
                mock(BackupUseCase.class), mock(AuditLogUseCase.class), mockedBotUseCases());
    }

    private static BotApiUseCases mockedBotUseCases() {
        return new BotApiUseCases(mock(RegisterBotUserUseCase.class), mock(SetLanguageUseCase.class),
                mock(ShowPurchaseOptionsUseCase.class), mock(QuoteOrderUseCase.class), mock(SubmitOrderUseCase.class),
                mock(GetLicenseUseCase.class), mock(AccountStatusUseCase.class), mock(CallSupportUseCase.class),
                mock(CheckBotAdminUseCase.class), mock(ListBotUsersUseCase.class), mock(ListOrdersUseCase.class),
                mock(ApproveOrderUseCase.class), mock(RejectOrderUseCase.class), mock(ManageBotUserUseCase.class),
                mock(BroadcastUseCase.class));
    }

    private static HttpServer server(HttpConfig config) {
        return new HttpServer(config, Clock.systemUTC(), mockedUseCases());
    }

    @Test
    void everyUseCaseIsRequired() {
        assertEveryComponentIsRequired(HttpUseCases.class, mockedUseCases());
    }

    @Test
    void everyBotUseCaseIsRequired() {
        assertEveryComponentIsRequired(BotApiUseCases.class, mockedBotUseCases());
    }

    private static <R extends Record> void assertEveryComponentIsRequired(Class<R> type, R all) {
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object[] args = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                try {
                    args[j] = i == j ? null : components[j].getAccessor().invoke(all);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> type.getDeclaredConstructor(
                            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                            .newInstance(args));
            assertTrue(thrown.getCause() instanceof NullPointerException, components[i].getName());
            assertEquals(components[i].getName(), thrown.getCause().getMessage());
        }
    }

    @Test
    void portZeroBindsAFreePortAndReportsIt() throws IOException {
        HttpServer server = server(new HttpConfig("127.0.0.1", 0));
        server.start();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            assertTrue(server.port() > 0);
            assertTrue(socket.isConnected());
        } finally {
            server.stop();
        }
    }

    @Test
    void listensOnlyBetweenStartAndStop() {
        HttpServer server = server(new HttpConfig("127.0.0.1", 0));
        assertThrows(IllegalStateException.class, server::port);

        server.start();
        int port = server.port();
        assertThrows(IllegalStateException.class, server::start);
        server.stop();
        server.stop();

        assertThrows(IllegalStateException.class, server::port);
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void aPortInUseFailsTheStart() {
        HttpServer first = server(new HttpConfig("127.0.0.1", 0));
        first.start();
        try {
            HttpServer second = server(new HttpConfig("127.0.0.1", first.port()));
            RuntimeException e = assertThrows(RuntimeException.class, second::start);
            assertTrue(e.getMessage() != null || e.getCause() != null);
            assertThrows(IllegalStateException.class, second::port);
        } finally {
            first.stop();
        }
    }

    @Test
    void canBeStartedAgainAfterStop() {
        HttpServer server = server(new HttpConfig("127.0.0.1", 0));
        server.start();
        server.stop();
        server.start();
        try {
            assertTrue(server.port() > 0);
        } finally {
            server.stop();
        }
        assertEquals(0, 0);
    }
}
