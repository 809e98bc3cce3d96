package dev.labelsdk.mock.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one fault model and queue of both APIs, without HTTP. */
class FaultQueueTest {

  private final FaultQueue queue = new FaultQueue();

  @Test
  void theFirstMatchingFaultIsTakenOneCountAtATime() {
    queue.add(Fault.status(503).times(2).on("post", "/v1/task/"));
    queue.add(Fault.reset());

    assertThat(queue.take("GET", "/v1/tasks").dropConnection()).isTrue(); // the first does not match
    assertThat(queue.take("POST", "/v1/task/imageannotation").status()).isEqualTo(503);
    assertThat(queue.list()).singleElement().extracting(Fault::count).isEqualTo(1);
    assertThat(queue.take("POST", "/v1/task/x").status()).isEqualTo(503);
    assertThat(queue.take("POST", "/v1/task/x")).isNull();
    assertThat(queue.list()).isEmpty();
  }

  @Test
  void aPathIsMatchedByPrefixRegexOrBoth() {
    queue.add(Fault.code(98004).onRegex("GET", "/tasks$"));
    assertThat(queue.take("GET", "/v2/tasks/t1")).isNull();
    assertThat(queue.take("GET", "/v2/users/u/apps/a/tasks").code()).isEqualTo(98004);

    queue.add(Fault.status(500).on(null, "/v1/batches").onRegex(null, "finalize"));
    assertThat(queue.take("POST", "/v1/batches/b")).isNull();
    assertThat(queue.take("POST", "/v1/projects/finalize")).isNull();
    assertThat(queue.take("POST", "/v1/batches/b/finalize")).isNotNull();
  }

  @Test
  void clearDropsEverything() {
    queue.add(Fault.delay(10).times(5));
    queue.clear();
    assertThat(queue.take("GET", "/")).isNull();
  }

  @Test
  void buildersKeepEveryOtherValue() {
    Fault f = Fault.code(11005).httpStatus(429).retryAfter(3).delayMs(20).onRegex("get", "^/v2").times(4)
        .afterProcessing().withMessage("m");
    assertThat(f).isEqualTo(new Fault(429, 11005, 4, 3L, "GET", null, "^/v2", Fault.When.AFTER, 20, "m", false));
    assertThat(Fault.reset().afterProcessing().when().wire()).isEqualTo("after");
    assertThat(Fault.status(503).when()).isEqualTo(Fault.When.BEFORE);
  }

  @Test
  void incoherentValuesAreRefused() {
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.code(1).httpStatus(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(500).times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(500).retryAfter(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.code(1).onRegex(null, "(")).isInstanceOf(IllegalArgumentException.class);
  }
}
