package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension hands out the Clarifai handle and resets Clarifai state between tests. */
@ExtendWith(LabelMockExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClarifaiExtensionTest {

  @Test
  @Order(1)
  void firstTestLeavesClarifaiStateBehind(LabelMockServer server, ClarifaiControl clarifai) {
    ClarifaiHttp http = new ClarifaiHttp(server.baseUrl(), "ext_key");
    assertThat(http.post("/v2/tasks", "{\"tasks\":[{}]}").code()).isEqualTo(10000);
    clarifai.addPat("pat", "u1");
    clarifai.configure(ClarifaiConfig.builder().rateLimitPerSecond(1).build());
    clarifai.addFault(ClarifaiFault.status(98004));
    assertThat(clarifai).isSameAs(server.clarifai());
  }

  @Test
  @Order(2)
  void secondTestStartsClean(LabelMockServer server, ClarifaiControl clarifai) {
    ClarifaiHttp http = new ClarifaiHttp(server.baseUrl(), "ext_key");
    assertThat(http.get("/v2/tasks").json().get("tasks")).isEmpty(); // no fault, no task
    assertThat(clarifai.config().rateLimitPerSecond()).isZero(); // the in-process default: off
    assertThat(clarifai.faults()).isEmpty();
    assertThat(clarifai.state().get("keys")).isEmpty();
  }
}
