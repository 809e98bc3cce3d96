package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.refonte.RateLimit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension: one server per class, clean state before every test. */
@ExtendWith(LabelMockExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabelMockExtensionTest {

  @Test
  @Order(1)
  void firstTestLeavesStateBehind(LabelMockServer server, RefonteControl control) {
    Http http = new Http(server.refonteBaseUrl(), "live_ext");
    http.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");
    control.setRateLimit(new RateLimit(1, 1));
    control.addFault(Fault.status(503));
    server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/mine")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));
    assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  @Order(2)
  void secondTestStartsClean(LabelMockServer server, RefonteControl control) {
    Http http = new Http(server.refonteBaseUrl(), "live_ext");
    assertThat(http.get("/tasks").json().get("total").asInt()).isZero(); // fault and tasks gone
    assertThat(control.rateLimit()).isEqualTo(RateLimit.UNLIMITED); // the in-process default
    assertThat(control.faults()).isEmpty();
    assertThat(new Http(server.baseUrl(), null).get("/mine").status()).isEqualTo(404);
  }
}
