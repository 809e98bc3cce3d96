package dev.labelsdk.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The router of both APIs, without HTTP. */
class RouteTableTest {

  private final RouteTable<String> table = new RouteTable<String>()
      .add("POST", "/v1/task/{type}", "create")
      .add("GET", "/v1/task/{id}", "get")
      .add("POST", "/v1/task/{id}/cancel", "cancel")
      .add("GET", "/v1/tasks", "list")
      .add("POST", "/v1/files/upload", "upload");

  private RouteTable.Match<String> match(String method, String... segments) {
    return table.match(method, List.of(segments));
  }

  @Test
  void methodAndTemplateFindTheHandlerAndItsParameters() {
    RouteTable.Match<String> m = match("POST", "v1", "task", "t1", "cancel");
    assertThat(m.found()).isTrue();
    assertThat(m.handler()).isEqualTo("cancel");
    assertThat(m.param("id")).isEqualTo("t1");
    assertThat(m.route().template()).isEqualTo("/v1/task/{id}/cancel");
    assertThat(match("POST", "v1", "task", "imageannotation").param("type")).isEqualTo("imageannotation");
    assertThat(match("GET", "v1", "task", "imageannotation").handler()).isEqualTo("get");
    assertThat(match("POST", "v1", "files", "upload").params()).isEmpty();
  }

  @Test
  void anUnknownPathAndAKnownPathWithAnotherMethodAreToldApart() {
    RouteTable.Match<String> otherMethod = match("DELETE", "v1", "tasks");
    assertThat(otherMethod.found()).isFalse();
    assertThat(otherMethod.pathKnown()).isTrue();
    RouteTable.Match<String> unknown = match("GET", "v1", "task", "t1", "nothing");
    assertThat(unknown.found()).isFalse();
    assertThat(unknown.pathKnown()).isFalse();
    assertThat(match("GET", "v1").found()).isFalse();
    assertThat(match("POST", "v1", "files", "download").found()).isFalse(); // literals must match
  }

  @Test
  void theTableListsItsRoutesInOrder() {
    assertThat(table.routes()).containsExactly("POST /v1/task/{type}", "GET /v1/task/{id}",
        "POST /v1/task/{id}/cancel", "GET /v1/tasks", "POST /v1/files/upload");
  }
}
