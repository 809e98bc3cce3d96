package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model the service sends (a task, a batch, an audit): read and written through its builder,
 * whose fields carry the wire names, and keeping every key this SDK does not model.
 *
 * @param <B> the model's builder
 */
abstract class WireModel<B extends WireModel.Builder<B>> extends Model {

  private final Map<String, JsonNode> additionalProperties;

  WireModel(Builder<B> b) {
    this.additionalProperties = Extras.copy(b.additionalProperties);
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** A builder initialised with this object's values. */
  public abstract B toBuilder();

  /** A fresh builder {@code b} with this object's unmodelled keys (for {@link #toBuilder()}). */
  final B withExtras(B b) {
    Builder<B> target = b;
    target.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** What Jackson writes: the builder's fields (they carry the wire names). */
  @JsonValue
  final B wire() {
    return toBuilder();
  }

  /** The unmodelled keys go last, so equal objects have equal values. */
  @Override
  final List<Object> values() {
    List<Object> values = new ArrayList<>(modelled());
    values.add(additionalProperties);
    return values;
  }

  /** The modelled values, in a fixed order. */
  abstract List<Object> modelled();

  /**
   * The builder part: the unmodelled keys a read collects or a caller adds.
   *
   * @param <B> the builder itself
   */
  abstract static class Builder<B extends Builder<B>> {
    @JsonAnySetter
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonAnyGetter
    private Map<String, JsonNode> extras() {
      return additionalProperties;
    }

    /** Adds a key this SDK does not model. */
    @SuppressWarnings("unchecked")
    public B additionalProperty(String key, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(key), value);
      return (B) this;
    }
  }
}
