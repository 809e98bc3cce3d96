package dev.labelsdk.mock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.refonte.RefonteEngine;
import java.util.Objects;
import java.util.Set;

/**
 * The whole mock's state as one versioned JSON document, and back: what a snapshot route and a
 * state file hold.
 *
 * <pre>{"format": "labelsdk-mock-state", "version": 1,
 *  "clock": {"offset_ms": N}, "refonte": {...}, "clarifai": {...}}</pre>
 *
 * <p>Restoring checks every part before it changes anything, then replaces the state of each
 * engine and moves the clock forward to the saved offset (never back). Restoring one document
 * twice gives byte-identical snapshots. Take snapshots between requests: one in progress may
 * or may not be in it.
 */
public final class MockState {

  public static final String FORMAT = "labelsdk-mock-state";
  public static final int VERSION = 1;
  private static final Set<String> FIELDS = Set.of("format", "version", "clock", "refonte", "clarifai");

  private final MockClock clock;
  private final RefonteEngine refonte;
  private final ClarifaiEngine clarifai;

  /** The state of both engines, which share {@code clock}. */
  public MockState(MockClock clock, RefonteEngine refonte, ClarifaiEngine clarifai) {
    this.clock = Objects.requireNonNull(clock);
    this.refonte = Objects.requireNonNull(refonte);
    this.clarifai = Objects.requireNonNull(clarifai);
  }

  /** The document, compact UTF-8 JSON. */
  public byte[] snapshot() {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeObjectFieldStart("clock");
      g.writeNumberField("offset_ms", clock.offsetMillis());
      g.writeEndObject();
      g.writeFieldName("refonte");
      refonte.writeSnapshot(g);
      g.writeFieldName("clarifai");
      clarifai.writeSnapshot(g);
      g.writeEndObject();
    });
  }

  /**
   * Replaces all state with a document's. Anything that is not a document of this format and
   * version is an {@link IllegalArgumentException} (its message says what), and changes nothing.
   */
  public void restore(byte[] document) {
    JsonNode doc;
    try {
      doc = Json.parse(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The state document is not valid JSON: " + e.getOriginalMessage(), e);
    }
    restore(doc);
  }

  /** {@link #restore(byte[])} of a parsed document. */
  public void restore(JsonNode doc) {
    if (doc == null || !doc.isObject() || !FORMAT.equals(doc.path("format").textValue())) {
      throw new IllegalArgumentException("Not a state document: \"format\" must be \"" + FORMAT + "\".");
    }
    if (doc.path("version").intValue() != VERSION || !doc.path("version").isInt()) {
      throw new IllegalArgumentException("Unsupported state document version " + doc.get("version")
          + "; this mock reads version " + VERSION + ".");
    }
    doc.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("Unknown part \"" + name + "\" in the state document.");
      }
    });
    JsonNode offset = doc.path("clock").path("offset_ms");
    if (!offset.canConvertToLong() || !offset.isIntegralNumber() || offset.longValue() < 0) {
      throw new IllegalArgumentException("\"clock.offset_ms\" must be a non-negative integer.");
    }
    Runnable installRefonte = refonte.restoring(doc.get("refonte"));
    Runnable installClarifai = clarifai.restoring(doc.get("clarifai"));
    installRefonte.run();
    installClarifai.run();
    clock.restore(offset.longValue(), Long.MIN_VALUE);
  }
}
