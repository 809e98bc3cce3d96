package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved search, usable as a task's {@link InputSource#savedSearch input source}. Immutable.
 */
@ProtoMessage
public final class SavedSearch {

  private final String id;
  private final String name;
  private final JsonObject query;
  private final Instant createdAt;
  private final Instant modifiedAt;

  private SavedSearch(String id, String name, JsonObject query, Instant createdAt,
      Instant modifiedAt) {
    this.id = id;
    this.name = name;
    this.query = query;
    this.createdAt = createdAt;
    this.modifiedAt = modifiedAt;
  }

  /**
   * A search to save under {@code id}.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public static SavedSearch of(String id, SearchQuery query) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a saved search needs an id");
    }
    return new SavedSearch(id, "", JsonSupport.adoptParsed(query.toJson()), null, null);
  }

  /** Reads a saved search. */
  @JsonCreator
  static SavedSearch read(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("query") JsonObject query, @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt) {
    return new SavedSearch(Objects.requireNonNullElse(id, ""),
        Objects.requireNonNullElse(name, ""), Objects.requireNonNullElse(query,
            JsonObject.empty()), createdAt, modifiedAt);
  }

  /** Parses a saved search. */
  public static SavedSearch fromJson(JsonNode json) {
    return JsonSupport.convert(json, SavedSearch.class);
  }

  /** This search with a display name. */
  public SavedSearch withName(String newName) {
    return new SavedSearch(id, newName == null ? "" : newName, query, createdAt, modifiedAt);
  }

  /** The id. */
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String id() {
    return id;
  }

  /** The display name ({@code ""} when none). */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** The query as JSON. */
  @JsonProperty("query")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public JsonObject query() {
    return query;
  }

  /** When it was saved. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When it last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The search as PostSearches reads it ({@code save: true}). */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @JsonProperty("save")
  private boolean save() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SavedSearch other && id.equals(other.id) && name.equals(other.name)
        && query.equals(other.query) && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, query);
  }

  @Override
  public String toString() {
    return "SavedSearch" + toJson();
  }
}
