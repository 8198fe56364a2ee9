package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import java.util.Iterator;
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
