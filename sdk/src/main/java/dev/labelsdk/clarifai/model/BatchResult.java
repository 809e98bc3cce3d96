package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to a per-item batch (creating inputs, annotations or concepts; patching
 * annotations): every item with its own outcome, in request order (spec §5.4). When only some
 * items fail the server answers {@link StatusCode#MIXED_STATUS}, which is not an error: check
 * {@link #failures()}. (When every item fails, the call throws.)
 *
 * <pre>{@code
 * BatchResult<Input> result = client.inputs().create(inputs);
 * for (BatchResult.Item<Input> failed : result.failures()) {
 *   System.out.println(failed.value().id() + ": " + failed.status().orElseThrow());
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class BatchResult<T> {

  /**
   * One item's outcome.
   *
   * @param index its position in the request
   * @param value the stored item, or the item as sent when it failed
   * @param status its own status, when the server sent one
   * @param succeeded whether it was stored
   * @param <T> the item type
   */
  public record Item<T>(int index, T value, Optional<Status> status, boolean succeeded) {

    /** Validates the components. */
    public Item {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(status, "status");
    }
  }

  private final Status status;
  private final List<Item<T>> items;

  private BatchResult(Status status, List<Item<T>> items) {
    this.status = status;
    this.items = items;
  }

  /**
   * Parses a Multi*Response whose top-level status was already found to be a success.
   *
   * @param listField the list of items, e.g. {@code "inputs"}
   * @param parse parses one item
   * @throws IllegalArgumentException if the response does not have that shape
   */
  public static <T> BatchResult<T> fromJson(JsonNode response, String listField,
      Function<JsonNode, T> parse) {
    if (!(response instanceof ObjectNode) || !(response.get("status") instanceof ObjectNode top)) {
      throw new IllegalArgumentException("response: \"status\" is missing");
    }
    Status status = Status.fromJson(top);
    boolean allStored = status.isSuccess();
    JsonNode list = response.get(listField);
    if (list != null && !list.isNull() && !list.isArray()) {
      throw new IllegalArgumentException("response: \"" + listField + "\" must be an array but was "
          + JsonSupport.describe(list));
    }
    List<Item<T>> items = new ArrayList<>();
    for (JsonNode node : list == null ? JsonSupport.newObject() : list) {
      JsonNode itemStatus = node.get("status");
      Optional<Status> s = itemStatus == null || itemStatus.isNull() ? Optional.empty()
          : Optional.of(Status.fromJson(itemStatus));
      items.add(new Item<>(items.size(), parse.apply(node), s,
          allStored || s.map(Status::isStoredItem).orElse(true)));
    }
    return new BatchResult<>(status, Collections.unmodifiableList(items));
  }

  /** The top-level status: {@link StatusCode#SUCCESS} or {@link StatusCode#MIXED_STATUS}. */
  public Status status() {
    return status;
  }

  /** Every item's outcome, in request order. */
  public List<Item<T>> items() {
    return items;
  }

  /** The stored items, in request order. */
  public List<T> succeeded() {
    return items.stream().filter(Item::succeeded).map(Item::value).toList();
  }

  /** The items that were not stored, each with its status. */
  public List<Item<T>> failures() {
    return items.stream().filter(i -> !i.succeeded()).toList();
  }

  /** True when some item was not stored. */
  public boolean hasFailures() {
    return items.stream().anyMatch(i -> !i.succeeded());
  }

  @Override
  public String toString() {
    return "BatchResult{status=" + status + ", items=" + items.size() + ", failures="
        + failures().size() + '}';
  }
}
