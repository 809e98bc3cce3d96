package dev.labelsdk.mock.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.refonte.RefonteEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

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
  /** Reads one value as a tree in the middle of a stream; made on first use, not at start. */
  private static final class Readers {
    static final ObjectReader SUBTREES =
        Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

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
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    snapshot(out);
    return out.toByteArray();
  }

  /**
   * Writes the document to {@code out} as it goes (a state file need not fit in a byte array);
   * {@code out} is flushed, not closed. An I/O failure is an {@link UncheckedIOException}.
   */
  public void snapshot(OutputStream out) {
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces all state with a document's, read as a stream (a large snapshot is never held as
   * one tree). Anything that is not a document of this format and version is an
   * {@link IllegalArgumentException} (its message says what), and changes nothing.
   */
  public void restore(byte[] document) {
    restore(new ByteArrayInputStream(document));
  }

  /**
   * {@link #restore(byte[])} reading from {@code in} (a state file); {@code in} is not closed.
   * An I/O failure is an {@link UncheckedIOException}.
   */
  public void restore(InputStream in) {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      restore(p);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The state document is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #restore(byte[])} of a parsed document. */
  public void restore(JsonNode doc) {
    try (JsonParser p = Json.MAPPER.treeAsTokens(doc == null ? Json.MAPPER.nullNode() : doc)) {
      restore(p);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a tree reads without I/O
    }
  }

  private void restore(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("Not a state document: it must be a JSON object.");
    }
    ObjectNode small = Json.MAPPER.createObjectNode();
    Runnable installRefonte = null;
    Runnable installClarifai = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "refonte" -> installRefonte = refonte.restoring(p);
        case "clarifai" -> installClarifai = clarifai.restoring(tree(p));
        case "format", "version", "clock" -> small.set(name, tree(p));
        default -> throw new IllegalArgumentException("Unknown part \"" + name + "\" in the state document.");
      }
    }
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("The state document has content after its end.");
    }
    if (!FORMAT.equals(small.path("format").textValue())) {
      throw new IllegalArgumentException("Not a state document: \"format\" must be \"" + FORMAT + "\".");
    }
    if (!small.path("version").isInt() || small.get("version").intValue() != VERSION) {
      throw new IllegalArgumentException("Unsupported state document version " + small.get("version")
          + "; this mock reads version " + VERSION + ".");
    }
    JsonNode offset = small.path("clock").path("offset_ms");
    if (!offset.isIntegralNumber() || !offset.canConvertToLong() || offset.longValue() < 0) {
      throw new IllegalArgumentException("\"clock.offset_ms\" must be a non-negative integer.");
    }
    if (installRefonte == null || installClarifai == null) {
      throw new IllegalArgumentException("The state document lacks its \"refonte\" or \"clarifai\" part.");
    }
    installRefonte.run();
    installClarifai.run();
    clock.restore(offset.longValue(), Long.MIN_VALUE);
  }

  /** The value at {@code p} as a tree, within the bounds of a request body. */
  private static JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = Readers.SUBTREES.readTree(p);
    JsonBounds.Problem problem = JsonBounds.find(node);
    if (problem != null) {
      throw new IllegalArgumentException(problem.describe());
    }
    return node;
  }
}
