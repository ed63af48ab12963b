package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void manyObjectsAreReadAndDeepNestingIsNot() {
    String many = "[" + "{\"@type\":\"Person\",\"name\":\"A\"},".repeat(200) + "{\"name\":\"B\"}]";
    assertEquals(201, ((List<?>) JsonLd.parse(many)).size(), "two hundred objects side by side are no depth");
    assertNull(JsonLd.parse("[".repeat(10_000) + "]".repeat(10_000)), "nested deeper than any JSON-LD: not read, no stack overflow");
  }

  @Test
  void brokenJsonAndCommentOpenersAreLenient() {
    Object v = JsonLd.parse("<!--//--><![CDATA[//><!--\n{\"datePublished\": \"2017-12-27\", \"x\": [1, 2,],}\n//--><!]]>");
    assertEquals("2017-12-27", ((Map<?, ?>) v).get("datePublished"));
    assertNull(JsonLd.parse("not json at all"));
  }
}
