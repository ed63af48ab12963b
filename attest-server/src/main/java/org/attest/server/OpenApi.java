package org.attest.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.1 description of the API, made from the very table the server registers its routes from. */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> describe(List<Api.Endpoint> endpoints) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Attest ledger API", "version", "1",
        "description", "Who said what, which figures, according to whom, for when: the ledger of attributed claims. Errors are RFC 9457 problem details."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Api.Endpoint e : endpoints) {
      @SuppressWarnings("unchecked")
      Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(e.path(), k -> new LinkedHashMap<String, Object>());
      path.put(e.method(), operation(e));
    }
    paths.put("/openapi.json", Map.of("get", Map.of("summary", "This description.", "operationId", "openapi",
        "responses", Map.of("200", Map.of("description", "OpenAPI 3.1", "content", Map.of("application/json", Map.of()))))));
    doc.put("paths", paths);
    doc.put("components", Map.of("schemas", Map.of("Problem", Map.of("type", "object", "description", "RFC 9457 problem details",
        "properties", Map.of("type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
            "detail", Map.of("type", "string"), "instance", Map.of("type", "string"))))));
    return doc;
  }

  private static Map<String, Object> operation(Api.Endpoint e) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", e.summary());
    op.put("operationId", e.method() + e.path().replaceAll("[^A-Za-z]+", "_"));
    op.put("parameters", e.params().stream().map(OpenApi::parameter).toList());
    if (e.body() != null) op.put("requestBody", Map.of("required", true, "description", e.body(), "content", e.path().endsWith("ingest")
        ? Map.of("application/x-ndjson", Map.of("schema", Map.of("type", "string")))
        : Map.of("text/plain", Map.of("schema", Map.of("type", "string")), "text/html", Map.of("schema", Map.of("type", "string")))));
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of())));
    Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
    responses.put("400", Map.of("description", "A bad parameter", "content", problem));
    if (e.path().contains("{")) responses.put("404", Map.of("description", "Not found", "content", problem));
    if (e.body() != null) {
      responses.put("413", Map.of("description", "The body is too large", "content", problem));
      responses.put("415", Map.of("description", "Not a content type this takes", "content", problem));
    }
    if (e.path().endsWith("ingest")) {
      responses.put("401", Map.of("description", "No token", "content", problem));
      responses.put("403", Map.of("description", "Wrong token", "content", problem));
      responses.put("409", Map.of("description", "Another process is writing the ledger", "content", problem));
    }
    responses.put("503", Map.of("description", "The ledger is busy; try again", "content", problem));
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(Api.Param p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("in", p.in());
    m.put("required", p.required());
    m.put("description", p.description());
    m.put("schema", p.type().equals("date") ? Map.of("type", "string", "format", "date")
        : p.type().equals("string") ? Map.of("type", "string", "maxLength", Params.TEXT) : Map.of("type", p.type()));
    return m;
  }
}
