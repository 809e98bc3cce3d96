package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A stored input (spec §3.7): its data (JSON, never mutated) and the datasets it is in. */
public record Input(String id, JsonNode data, List<String> datasetIds, long createdAt, long modifiedAt) {

  public Input {
    datasetIds = List.copyOf(datasetIds);
  }

  /** A copy that is also in {@code datasetId}. */
  public Input withDataset(String datasetId) {
    if (datasetIds.contains(datasetId)) {
      return this;
    }
    List<String> ids = new ArrayList<>(datasetIds);
    ids.add(datasetId);
    return new Input(id, data, ids, createdAt, modifiedAt);
  }

  /** A copy that is no longer in {@code datasetId}. */
  public Input withoutDataset(String datasetId) {
    return new Input(id, data, datasetIds.stream().filter(d -> !d.equals(datasetId)).toList(),
        createdAt, modifiedAt);
  }
}
