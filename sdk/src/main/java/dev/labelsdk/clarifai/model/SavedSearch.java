package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A saved search, usable as a task's {@link InputSource#savedSearch input source}. Immutable.
 */
@ProtoMessage
public final class SavedSearch extends StoredObject<SavedSearch.Values> {

  private SavedSearch(Values v) {
    super(v);
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
    Values v = new Values();
    v.id = id;
    v.query = JsonSupport.adoptParsed(query.toJson());
    return new SavedSearch(v);
  }

  /** Reads a saved search. */
  @JsonCreator
  static SavedSearch read(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("query") JsonObject query, @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt) {
    Values v = new Values();
    v.id = Objects.requireNonNullElse(id, "");
    v.name = Objects.requireNonNullElse(name, "");
    v.query = Objects.requireNonNullElse(query, JsonObject.empty());
    v.createdAt = createdAt;
    v.modifiedAt = modifiedAt;
    return new SavedSearch(v);
  }

  /** Parses a saved search. */
  public static SavedSearch fromJson(JsonNode json) {
    return JsonSupport.convert(json, SavedSearch.class);
  }

  /** This search with a display name. */
  public SavedSearch withName(String newName) {
    Values v = builderCopy();
    v.name = newName == null ? "" : newName;
    return new SavedSearch(v);
  }

  /** The id. */
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String id() {
    return values.id;
  }

  /** The display name ({@code ""} when none). */
  @JsonProperty("name")
  public String name() {
    return values.name;
  }

  /** The query as JSON. */
  @JsonProperty("query")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public JsonObject query() {
    return values.query;
  }

  /** What PostSearches reads: the search is saved. */
  @JsonProperty("save")
  private boolean save() {
    return true;
  }

  @Override
  protected List<Object> values() {
    Values v = values;
    return Arrays.asList(v.id, v.name, v.query, v.createdAt, v.modifiedAt);
  }

  /** The values of a saved search; it has no public builder ({@link #of}, {@link #withName}). */
  static final class Values extends StoredObject.Builder<Values> {
    private String id = "";
    private String name = "";
    private JsonObject query = JsonObject.empty();
  }
}
