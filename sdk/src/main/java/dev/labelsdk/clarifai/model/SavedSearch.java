package dev.labelsdk.clarifai.model;

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

  /** Parses a Search. */
  public static SavedSearch fromJson(JsonNode json) {
    Wire w = Wire.of(json, "search");
    return new SavedSearch(w.string("id"), w.string("name"), w.struct("query"),
        w.instant("created_at"), w.instant("modified_at"));
  }

  /** This search with a display name. */
  public SavedSearch withName(String newName) {
    return new SavedSearch(id, newName == null ? "" : newName, query, createdAt, modifiedAt);
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** The display name ({@code ""} when none). */
  public String name() {
    return name;
  }

  /** The query as JSON. */
  public JsonObject query() {
    return query;
  }

  /** When it was saved. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When it last changed. */
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** What PostSearches sends: {@code {"id", "name", "save": true, "query"}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.put("id", id);
    Out.text(o, "name", name);
    o.put("save", true);
    o.set("query", query.toNode());
    Out.time(o, "created_at", createdAt);
    Out.time(o, "modified_at", modifiedAt);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SavedSearch other && toJson().equals(other.toJson());
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
