package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.labelsdk.core.BuiltModel;
import dev.labelsdk.core.CopyableBuilder;
import java.time.Instant;
import java.util.Optional;

/**
 * A Clarifai object the server stores (an input, an annotation, a saved search): when it was
 * stored and when it last changed, both absent on a request.
 *
 * @param <B> the object's builder
 */
@ProtoMessage
abstract class StoredObject<B extends StoredObject.Builder<B>> extends BuiltModel<B> {

  StoredObject(B builder) {
    super(builder);
  }

  /** When it was stored. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(values.createdAt);
  }

  /** When it last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(values.modifiedAt);
  }

  /**
   * The builder part: the two times, which only a read sets.
   *
   * @param <B> the builder itself
   */
  abstract static class Builder<B extends Builder<B>> extends CopyableBuilder<B> {
    Instant createdAt;
    Instant modifiedAt;

    Builder() {}
  }
}
