package dev.labelsdk.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.CreateTask;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.refonte.RefonteEngine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The combined document: versioned, checked before anything changes, clock included. */
class MockStateTest {

  private static final InstantSource BASE = InstantSource.fixed(Instant.parse("2026-06-01T00:00:00Z"));

  private final MockClock clock = new MockClock(BASE);
  private final RefonteEngine refonte = engine(clock);
  private final ClarifaiEngine clarifai = new ClarifaiEngine(ClarifaiConfig.defaults(), clock);
  private final MockState state = new MockState(clock, refonte, clarifai);
  private final MockClock otherClock = new MockClock(BASE);
  private final RefonteEngine otherRefonte = engine(otherClock);
  private final ClarifaiEngine otherClarifai = new ClarifaiEngine(ClarifaiConfig.defaults(), otherClock);
  private final MockState other = new MockState(otherClock, otherRefonte, otherClarifai);

  private static RefonteEngine engine(MockClock clock) {
    return new RefonteEngine(RefonteConfig.defaults(), clock,
        (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));
  }

  @AfterEach
  void close() {
    refonte.close();
    otherRefonte.close();
  }

  private String createTask(RefonteEngine engine) {
    Caller c = engine.authenticate("live_state");
    try {
      return Timestamps.format(engine.tasks().create(c, CreateTask.builder("imageannotation")
          .params(Json.MAPPER.createObjectNode().put("attachment", "http://x")).build()).createdAt());
    } finally {
      engine.release(c);
    }
  }

  @Test
  void aRestoredDocumentGivesTheSameBytesAndTheClockCarriesOn() {
    clock.advance(Duration.ofHours(3));
    String before = createTask(refonte);
    byte[] doc = state.snapshot();
    assertThat(Json.tree(doc).get("clock").get("offset_ms").asLong()).isEqualTo(Duration.ofHours(3).toMillis());

    other.restore(doc);
    byte[] once = other.snapshot();
    other.restore(doc);

    assertThat(once).isEqualTo(doc);
    assertThat(other.snapshot()).isEqualTo(doc);
    assertThat(otherClock.instant()).isEqualTo(Instant.parse("2026-06-01T03:00:00Z"));
    assertThat(createTask(otherRefonte)).isGreaterThanOrEqualTo(before); // created_at never goes back
  }

  @Test
  void streamsCarryTheSameDocumentAndAreLeftOpen() {
    createTask(refonte);
    boolean[] closed = new boolean[2];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    state.snapshot(out);
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    other.restore(in);

    assertThat(out.toByteArray()).isEqualTo(state.snapshot());
    assertThat(other.snapshot()).isEqualTo(state.snapshot());
    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void theClockIsNeverMovedBack() {
    byte[] early = state.snapshot();
    otherClock.advance(Duration.ofDays(1));
    other.restore(early);
    assertThat(otherClock.instant()).isEqualTo(Instant.parse("2026-06-02T00:00:00Z"));
  }

  @Test
  void aBadDocumentIsRefusedWithItsReasonAndChangesNothing() {
    createTask(refonte);
    other.restore(state.snapshot());
    byte[] before = other.snapshot();
    ObjectNode badTask = (ObjectNode) Json.tree(state.snapshot());
    ((ObjectNode) badTask.at("/refonte/tenants/0/tasks/0")).put("status", "exploded");
    ObjectNode badClock = (ObjectNode) Json.tree(state.snapshot());
    ((ObjectNode) badClock.get("clock")).put("offset_ms", -5);
    ObjectNode unknownPart = (ObjectNode) Json.tree(state.snapshot());
    unknownPart.putObject("moto");
    ObjectNode badClarifai = (ObjectNode) Json.tree(state.snapshot());
    ((ObjectNode) badClarifai.get("clarifai")).put("submissions", "many");

    record Bad(byte[] doc, String message) {}
    for (Bad bad : List.of(
        new Bad("{".getBytes(StandardCharsets.UTF_8), "not valid JSON"),
        new Bad("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8), "\"format\" must be"),
        new Bad("{\"format\":\"labelsdk-mock-state\",\"version\":2}".getBytes(StandardCharsets.UTF_8), "version 2"),
        new Bad(Json.bytes(unknownPart), "Unknown part \"moto\""),
        new Bad(Json.bytes(badClarifai), "Not a Clarifai snapshot"),
        new Bad(Json.bytes(badClock), "clock.offset_ms"),
        new Bad(Json.bytes(badTask), "Unknown task status"))) {
      assertThatThrownBy(() -> other.restore(bad.doc())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad.message());
    }
    assertThat(other.snapshot()).isEqualTo(before);
  }

  @Test
  void theDocumentNamesItsFormatAndVersion() {
    JsonNode doc = Json.tree(state.snapshot());
    assertThat(doc.get("format").asText()).isEqualTo("labelsdk-mock-state");
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    assertThat(doc.get("refonte").get("version").asInt()).isEqualTo(1);
    assertThat(doc.get("clarifai").get("version").asInt()).isEqualTo(1);
  }
}
