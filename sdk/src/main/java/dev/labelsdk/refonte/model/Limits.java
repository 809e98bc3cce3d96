package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The service's limits on tags and metadata (spec §3), checked before sending. */
public final class Limits {

  /** Most distinct tags a task may carry. */
  public static final int MAX_TAGS = TaskRequestRules.MAX_TAGS;
  /** Largest metadata object, as compact UTF-8 JSON. */
  public static final int MAX_METADATA_BYTES = TaskRequestRules.MAX_METADATA_BYTES;

  private Limits() {}

  /**
   * Checks a tag list: every tag non-blank and, when {@code wholeSet}, at most
   * {@link #MAX_TAGS} distinct tags.
   *
   * @throws InvalidRequestException saying what is wrong
   */
  public static void requireValidTags(Collection<String> tags, boolean wholeSet) {
    ArrayNode array = JsonSupport.newObject().arrayNode();
    List<String> problems = new ArrayList<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        problems.add("tags must be non-blank strings");
        break;
      }
      array.add(tag);
    }
    if (problems.isEmpty() && wholeSet) {
      TaskRequestRules.checkTags(array, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("tags", problems);
    }
  }

  /**
   * Checks that metadata fits {@link #MAX_METADATA_BYTES}.
   *
   * @throws InvalidRequestException if it is too large
   */
  public static void requireValidMetadata(JsonObject metadata) {
    List<String> problems = new ArrayList<>();
    TaskRequestRules.checkMetadata(metadata.toNode(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("metadata", problems);
    }
  }
}
