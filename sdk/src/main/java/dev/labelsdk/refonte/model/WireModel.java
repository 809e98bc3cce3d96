package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.CopyableBuilder;
import dev.labelsdk.core.Extras;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model the service sends (a task, a batch, an audit): a {@link RefonteModel} that keeps every
 * key this SDK does not model and hands out a copy of its builder ({@link #toBuilder()}).
 *
 * @param <B> the model's builder
 */
abstract class WireModel<B extends WireModel.Builder<B>> extends RefonteModel<B> {

  WireModel(B builder) {
    super(builder);
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(values.extras());
  }

  /** A builder initialised with this object's values. */
  public final B toBuilder() {
    return builderCopy();
  }

  /** The unmodelled keys go last, so equal objects have equal values. */
  @Override
  protected final List<Object> values() {
    List<Object> all = new ArrayList<>(modelled());
    all.add(values.extras());
    return all;
  }

  /** The modelled values, in a fixed order. */
  abstract List<Object> modelled();

  /**
   * The builder part: the unmodelled keys a read collects or a caller adds.
   *
   * @param <B> the builder itself
   */
  abstract static class Builder<B extends Builder<B>> extends CopyableBuilder<B> {
    /** Made on the first unmodelled key (Jackson makes it too): most objects have none. */
    @JsonAnySetter
    private Map<String, JsonNode> additionalProperties;

    Builder() {}

    @JsonAnyGetter
    final Map<String, JsonNode> extras() {
      return additionalProperties == null ? Map.of() : additionalProperties;
    }

    /** Adds a key this SDK does not model. */
    public B additionalProperty(String key, JsonNode value) {
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(Objects.requireNonNull(key), value);
      return self();
    }

    /** The unmodelled keys are copied deeply. */
    @Override
    protected void copyContainers() {
      if (additionalProperties != null) {
        additionalProperties = new LinkedHashMap<>(Extras.copy(additionalProperties));
      }
    }
  }
}
