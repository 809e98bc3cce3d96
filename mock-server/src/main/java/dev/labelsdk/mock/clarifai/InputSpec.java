package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One input of a PostInputs request (or of a seed): id (null: generated), data, datasets. */
public record InputSpec(String id, JsonNode data, List<String> datasetIds) {

  public InputSpec {
    datasetIds = List.copyOf(datasetIds);
  }
}
