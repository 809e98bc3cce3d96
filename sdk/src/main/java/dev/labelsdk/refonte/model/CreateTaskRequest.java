package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A task to create ({@code POST /v1/task/{type}}): a type and a flat JSON body. The service
 * keeps {@code instruction}, {@code callback_url}, {@code metadata}, {@code tags},
 * {@code unique_id}, {@code clear_unique_id_on_error}, {@code project} and {@code batch} at the
 * top level of the task and files every other key under {@code params}.
 *
 * <p>Build one generically, or with a typed builder ({@link Categorization},
 * {@link ImageAnnotation}, {@link Comparison}, {@link Transcription},
 * {@link NamedEntityRecognition}, {@link DocumentTranscription}):
 *
 * <pre>{@code
 * CreateTaskRequest request = CreateTaskRequest.builder(TaskType.CATEGORIZATION)
 *     .instruction("Is this item big or small?")
 *     .attachment("https://example.com/car.jpg")
 *     .param("categories", List.of("big", "small"))
 *     .uniqueId("car-42")
 *     .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} throws {@link InvalidRequestException} for what the service
 * would reject (missing attachment, attachment that is not a URL, more than 5 tags, blank
 * tags, missing categories, NER labels without a name, metadata over 10 KB, ...). Immutable.
 */
public final class CreateTaskRequest {

  private final TaskType type;
  private final ObjectNode body;

  private CreateTaskRequest(TaskType type, ObjectNode body) {
    this.type = type;
    this.body = body;
  }

  /** A builder for a task of {@code type}. */
  public static Builder builder(TaskType type) {
    return new Builder(type);
  }

  /** The {@code type} value. */
  public TaskType type() {
    return type;
  }

  /** The JSON body that will be sent. */
  public JsonObject body() {
    return JsonObject.of(body);
  }

  /** The body as a tree (a copy), for the client. */
  public ObjectNode toJson() {
    return body.deepCopy();
  }

  /** The {@code unique_id}, if set. */
  public Optional<String> uniqueId() {
    JsonNode v = body.get("unique_id");
    return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder(type);
    b.body.setAll(body.deepCopy());
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreateTaskRequest other && type.equals(other.type)
        && body.equals(other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, body);
  }

  @Override
  public String toString() {
    return "CreateTaskRequest{type=" + type + ", body=" + body + '}';
  }

  /** Builds a {@link CreateTaskRequest}. Setting a value twice keeps the last one. */
  public static final class Builder {
    private final TaskType type;
    private final ObjectNode body = JsonSupport.newObject();

    private Builder(TaskType type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    /** The Markdown instruction shown to labelers. */
    public Builder instruction(String instruction) {
      return param("instruction", instruction);
    }

    /** Where the service POSTs the result (an http(s) URL). */
    public Builder callbackUrl(String url) {
      return param("callback_url", url);
    }

    /** Where the service POSTs the result. */
    public Builder callbackUrl(URI url) {
      return param("callback_url", url == null ? null : url.toString());
    }

    /** The URL of what to label (or inline text with {@code attachmentType("text")}). */
    public Builder attachment(String attachment) {
      return param("attachment", attachment);
    }

    /** The URL of what to label. */
    public Builder attachment(URI attachment) {
      return param("attachment", attachment == null ? null : attachment.toString());
    }

    /** Several URLs to label together (e.g. comparison tasks, frames). */
    public Builder attachments(List<String> attachments) {
      return param("attachments", attachments);
    }

    /** {@code image}, {@code video}, {@code text}, {@code website}, {@code audio}, ... */
    public Builder attachmentType(String attachmentType) {
      return param("attachment_type", attachmentType);
    }

    /** The project the task belongs to. */
    public Builder project(String project) {
      return param("project", project);
    }

    /** The batch the task belongs to (the task then inherits the batch's project). */
    public Builder batch(String batch) {
      return param("batch", batch);
    }

    /**
     * Your own id for the task, unique across your account: a second create with the same
     * value fails with {@code DuplicateTaskException} naming the existing task.
     */
    public Builder uniqueId(String uniqueId) {
      return param("unique_id", uniqueId);
    }

    /** Free the unique_id when the task errors, so it can be resubmitted. */
    public Builder clearUniqueIdOnError(boolean clear) {
      body.put("clear_unique_id_on_error", clear);
      return this;
    }

    /** Your key/value data (at most 10 KB as JSON). */
    public Builder metadata(Map<String, ?> metadata) {
      return param("metadata", metadata == null ? null : JsonObject.of(metadata).toNode());
    }

    /** Your key/value data (at most 10 KB as JSON). */
    public Builder metadata(JsonObject metadata) {
      return param("metadata", metadata == null ? null : metadata.toNode());
    }

    /** Up to 5 distinct, non-blank tags. */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /** Up to 5 distinct, non-blank tags. */
    public Builder tags(Collection<String> tags) {
      if (tags == null) {
        body.remove("tags");
        return this;
      }
      ArrayNode array = body.putArray("tags");
      tags.forEach(array::add);
      return this;
    }

    /**
     * Any other body key ({@code geometries}, {@code categories}, {@code priority}, ...). The
     * value may be a string, number, boolean, list, map, {@link JsonObject}, Jackson node or
     * any Jackson-serialisable object; {@code null} removes the key.
     */
    public Builder param(String key, Object value) {
      Bodies.set(body, key, value);
      return this;
    }

    /** The value of a body key set so far. */
    Optional<JsonNode> get(String key) {
      return Optional.ofNullable(body.get(key));
    }

    TaskType type() {
      return type;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException listing what the service would reject
     */
    public CreateTaskRequest build() {
      List<String> problems = TaskRequestRules.problems(type, body);
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(type + " task", problems);
      }
      return new CreateTaskRequest(type, body.deepCopy());
    }
  }
}
