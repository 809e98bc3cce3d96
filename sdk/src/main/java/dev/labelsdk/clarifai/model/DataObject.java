package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What an {@link Input} and an {@link Annotation} share (spec §3.6, §3.7): an id, the
 * {@link Data} they carry, a status, when they were stored and last changed, and the keys this
 * SDK does not model; read, written, compared and rebuilt the same way.
 *
 * @param <B> the object's builder
 */
@ProtoMessage
abstract class DataObject<B extends DataObject.Builder<B>> extends StoredObject<B> {

  DataObject(B builder) {
    super(builder);
  }

  /** The id ({@code ""} on a request without one). */
  @JsonProperty("id")
  public String id() {
    return values.id;
  }

  /** The data: media, input-level concepts, regions, metadata. */
  public Data data() {
    return values.data;
  }

  /**
   * The status once stored ({@link StatusCode#INPUT_SUCCESS} for an input, the review state
   * (241xx) for an annotation), or the status a request sets; in a {@link BatchResult}, the
   * error of an object that was not stored.
   */
  @JsonProperty("status")
  public Optional<Status> status() {
    return Optional.ofNullable(values.status);
  }

  /** Keys this SDK does not model ({@code annotation_info}, ...), as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(values.additionalProperties);
  }

  /** A builder with this object's values. */
  public B toBuilder() {
    return builderCopy();
  }

  /** Empty data is left out of the JSON. */
  @JsonProperty("data")
  private Data dataIfAny() {
    return values.data.isEmpty() ? null : values.data;
  }

  @Override
  protected final List<Object> values() {
    B v = values;
    List<Object> all = new ArrayList<>(Arrays.asList(v.id, v.data, v.status, v.createdAt,
        v.modifiedAt, v.additionalProperties));
    all.addAll(more());
    return all;
  }

  /** The values of the subtype's own fields, in a fixed order. */
  abstract List<Object> more();

  /**
   * The builder part: the shared fields, and the labels and metadata set on the data.
   *
   * @param <B> the builder itself
   */
  abstract static class Builder<B extends Builder<B>> extends StoredObject.Builder<B> {
    String id = "";
    Data data = Data.EMPTY;
    Status status;
    Map<String, JsonNode> additionalProperties = Map.of();

    Builder() {}

    /** What a read found: absent and null values are the proto defaults. */
    final B read(String id, Data data, Status status, Instant createdAt, Instant modifiedAt,
        Map<String, JsonNode> additionalProperties) {
      this.id = Objects.requireNonNullElse(id, "");
      this.data = Objects.requireNonNullElse(data, Data.EMPTY);
      this.status = status;
      this.createdAt = createdAt;
      this.modifiedAt = modifiedAt;
      this.additionalProperties = Extras.adopt(additionalProperties);
      return self();
    }

    /**
     * Your id: to update the object later, and to retry a create safely (see {@link Input}).
     */
    public B id(String value) {
      this.id = value == null ? "" : value;
      return self();
    }

    /**
     * Labels for the whole input. On an input, the server stores them as an approved
     * input-level annotation by the caller.
     */
    public B concepts(Concept... values) {
      return data(d -> d.concepts(values));
    }

    /** Your key/value data. */
    public B metadata(Map<String, ?> values) {
      return data(d -> d.metadata(values));
    }

    /** Your key/value data. */
    public B metadata(JsonObject values) {
      return data(d -> d.metadata(values));
    }

    /** Replaces all data (media, labels, metadata) at once. */
    public B data(Data value) {
      this.data = Objects.requireNonNull(value, "data");
      return self();
    }

    /** Changes the data: a new {@link Data} from {@code change} applied to a copy. */
    final B data(UnaryOperator<Data.Builder> change) {
      data = change.apply(data.toBuilder()).build();
      return self();
    }

    /** A key this SDK does not model (sent as given). */
    public B additionalProperty(String key, JsonNode value) {
      this.additionalProperties = Extras.with(additionalProperties, key, value);
      return self();
    }
  }
}
