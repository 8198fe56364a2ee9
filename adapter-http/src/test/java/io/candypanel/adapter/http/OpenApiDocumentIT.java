package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.adapter.http.botapi.BotAdminGate;
import io.candypanel.adapter.http.botapi.BotAdminHandlers;
import io.candypanel.domain.botuser.PurchaseKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/openapi.json} against the route table, both ways: every registered route, auth
 * action and manage action is documented, and everything documented is registered.
 */
class OpenApiDocumentIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ApiFixture api = new ApiFixture();
    private JsonNode doc;

    @BeforeEach
    void fetch() {
        Reply reply = api.get("/api/openapi.json");
        assertEquals(200, reply.status(), reply::body);
        assertEquals("application/json; charset=utf-8", reply.header("Content-Type"));
        doc = reply.json();
    }

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            assertTrue(ref.startsWith("#/"), ref);
            current = doc.at(ref.substring(1));
            assertFalse(current.isMissingNode(), () -> "dangling $ref " + ref);
        }
        return current;
    }

    private Router router() {
        return api.server().router();
    }

    private <T> T handlerOf(String template, Class<T> type) {
        return type.cast(router().routes().stream().filter(r -> r.template().equals(template)).findFirst().orElseThrow().handler());
    }

    @Test
    void isOpenApi303AndPublic() {
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank());
        api.assertNoUseCaseCalled();
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() {
        Set<String> registered = new TreeSet<>();
        router().routes().forEach(route -> registered.add(route.method() + " " + route.template()));
        Set<String> documented = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> names(path.getValue()).stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertFalse(registered.isEmpty());
        assertEquals(registered, documented);
    }

    @Test
    void everyManageActionIsDocumentedAndViceVersa() {
        Set<String> registered = new TreeSet<>();
        handlerOf("/api/manage", ManageDispatcher.class).actions()
                .forEach((resource, actions) -> actions.forEach(action -> registered.add(resource + "/" + action)));
        Set<String> documented = new TreeSet<>();
        JsonNode schema = resolve(doc.path("paths").path("/api/manage").path("post").path("requestBody").path("content")
                .path("application/json").path("schema"));
        for (JsonNode alternative : schema.path("oneOf")) {
            JsonNode resolved = resolve(alternative);
            JsonNode resource = resolved.path("properties").path("resource").path("enum");
            JsonNode action = resolved.path("properties").path("action").path("enum");
            assertEquals(1, resource.size(), resolved::toString);
            assertEquals(1, action.size(), resolved::toString);
            assertTrue(documented.add(resource.get(0).asText() + "/" + action.get(0).asText()), "documented twice: " + resolved);
        }

        assertEquals(registered, documented);
    }

    @Test
    void everyAuthActionIsDocumentedAndViceVersa() {
        Set<String> registered = new TreeSet<>(handlerOf("/api/auth", ActionSwitch.class).actions());
        Set<String> documented = new TreeSet<>();
        JsonNode schema = resolve(doc.path("paths").path("/api/auth").path("post").path("requestBody").path("content")
                .path("application/json").path("schema"));
        for (JsonNode alternative : schema.path("oneOf")) {
            JsonNode action = resolve(alternative).path("properties").path("action").path("enum");
            assertEquals(1, action.size());
            documented.add(action.get(0).asText());
        }

        assertEquals(registered, documented);
    }

    private JsonNode requestSchema(String template) {
        return resolve(doc.path("paths").path(template).path("post").path("requestBody").path("content").path("application/json")
                .path("schema"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /**
     * Every {@code /bot_api} route documents its request and the refusals it can give: 400 and 401 always,
     * 403 exactly on the routes behind the bot admin's gate, which also name the acting admin's id.
     */
    @Test
    void everyBotRouteDocumentsItsRequestAndItsRefusals() {
        int checked = 0;
        for (Router.Route route : router().routes()) {
            if (!route.template().startsWith("/bot_api/")) {
                continue;
            }
            checked++;
            JsonNode operation = doc.path("paths").path(route.template()).path("post");
            JsonNode responses = operation.path("responses");
            String name = route.template();
            assertTrue(responses.has("200") && responses.has("400") && responses.has("401") && responses.has("405"), name);
            boolean gated = route.handler() instanceof BotAdminGate.Guarded;
            assertEquals(gated, responses.has("403"), name);
            JsonNode schema = requestSchema(name);
            assertFalse(schema.isMissingNode(), name);
            if (!name.endsWith("/server_control")) {
                assertEquals("object", schema.path("type").asText(), name);
                assertTrue(schema.path("properties").has(name.startsWith("/bot_api/admin/") ? "admin_telegram_id" : "telegram_id"), name);
            }
        }
        assertEquals(17, checked);
    }

    @Test
    void theBotsChoicesAreDocumentedAsTheHandlersTakeThem() {
        assertEquals(BotAdminHandlers.MANAGE_USER_ACTIONS,
                texts(requestSchema("/bot_api/admin/manage_user").path("properties").path("action").path("enum")));
        assertEquals(BotAdminHandlers.STATUS_FILTERS,
                texts(requestSchema("/bot_api/admin/get_transactions").path("properties").path("status_filter").path("enum")));
        assertEquals(Arrays.stream(PurchaseKind.values()).map(PurchaseKind::wireName).toList(),
                texts(resolve(requestSchema("/bot_api/user/calculate_price").path("properties").path("purchase_type")).path("enum")));
    }

    @Test
    void serverControlIsDocumentedAsTheManageRequest() {
        JsonNode schema = requestSchema("/bot_api/admin/server_control");
        boolean manage = false;
        for (JsonNode part : schema.path("allOf")) {
            manage |= part.path("$ref").asText().equals("#/components/schemas/ManageRequest");
        }
        assertTrue(manage, schema::toString);
    }

    @Test
    void protectedRoutesAreDocumentedWithTheBearerSchemeAndPublicOnesWithout() {
        for (Router.Route route : router().routes()) {
            JsonNode operation = doc.path("paths").path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
            JsonNode security = operation.has("security") ? operation.path("security") : doc.path("security");
            boolean bearer = security.size() > 0 && security.path(0).has("bearerAuth");
            assertEquals(route.access() == Router.Access.BEARER, bearer, () -> route.method() + " " + route.template());
        }
        assertTrue(doc.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asText().equals("bearer"));
    }

    @Test
    void everyPathParameterIsDeclared() {
        Pattern placeholder = Pattern.compile("\\{([^}]+)}");
        doc.path("paths").properties().forEach(path -> {
            Matcher matcher = placeholder.matcher(path.getKey());
            while (matcher.find()) {
                String name = matcher.group(1);
                for (String method : names(path.getValue())) {
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    boolean declared = false;
                    for (JsonNode parameter : path.getValue().path(method).path("parameters")) {
                        JsonNode resolved = resolve(parameter);
                        declared |= resolved.path("in").asText().equals("path") && resolved.path("name").asText().equals(name)
                                && resolved.path("required").asBoolean();
                    }
                    assertTrue(declared, () -> method + " " + path.getKey() + " does not declare {" + name + "}");
                }
            }
        });
    }

    @Test
    void everyReferenceResolves() {
        checkRefs(doc);
    }

    private void checkRefs(JsonNode node) {
        if (node.has("$ref")) {
            assertNotNull(resolve(node));
        }
        for (JsonNode child : node) {
            checkRefs(child);
        }
    }
}
