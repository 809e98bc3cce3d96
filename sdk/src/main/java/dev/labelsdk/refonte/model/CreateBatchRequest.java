package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.labelsdk.core.CopyableBuilder;
import dev.labelsdk.core.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A batch to create ({@code POST /v1/batches}). Immutable.
 *
 * <pre>{@code
 * CreateBatchRequest.builder("kitten_labeling", "kitten_labeling_2024-07").build()
 * }</pre>
 */
public final class CreateBatchRequest extends RefonteModel<CreateBatchRequest.Builder> {

  private CreateBatchRequest(Builder b) {
    super(b);
  }

  /** A builder for a batch {@code name} in {@code project}. */
  public static Builder builder(String project, String name) {
    return new Builder(project, name);
  }

  /** The {@code project} value. */
  public String project() {
    return values.project;
  }

  /** The {@code name} value. */
  public String name() {
    return values.name;
  }

  /** Builds a {@link CreateBatchRequest}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder extends CopyableBuilder<Builder> {
    @JsonProperty("project")
    private final String project;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("callback")
    private String callback;
    @JsonProperty("calibration_batch")
    private Boolean calibrationBatch;
    @JsonProperty("self_label_batch")
    private Boolean selfLabelBatch;
    @JsonProperty("metadata")
    private JsonObject metadata;

    private Builder(String project, String name) {
      this.project = project;
      this.name = name;
    }

    /** URL called when the batch completes. */
    public Builder callback(String v) {
      callback = v;
      return this;
    }

    /** Sets {@code calibration_batch}. */
    public Builder calibrationBatch(boolean v) {
      calibrationBatch = v;
      return this;
    }

    /** Sets {@code self_label_batch}. */
    public Builder selfLabelBatch(boolean v) {
      selfLabelBatch = v;
      return this;
    }

    /** Sets {@code metadata}. */
    public Builder metadata(Map<String, ?> v) {
      metadata = v == null ? null : JsonObject.of(v);
      return this;
    }

    /** Sets {@code metadata}. */
    public Builder metadata(JsonObject v) {
      metadata = v;
      return this;
    }

    /**
     * @throws InvalidRequestException if the project or name is blank, or the metadata is too
     *     large
     */
    public CreateBatchRequest build() {
      List<String> problems = new ArrayList<>();
      if (project == null || project.isBlank()) {
        problems.add("\"project\" is required: the project the batch belongs to");
      }
      if (name == null || name.isBlank()) {
        problems.add("\"name\" is required and must not be blank");
      }
      if (metadata != null) {
        TaskRequestRules.checkMetadata(metadata.toNode(), problems);
      }
      if (!problems.isEmpty()) {
        throw new InvalidRequestException("batch", problems);
      }
      return new CreateBatchRequest(this);
    }
  }

  @Override
  protected List<Object> values() {
    Builder v = values;
    return Arrays.asList(v.project, v.name, v.callback, v.calibrationBatch, v.selfLabelBatch,
        v.metadata);
  }
}
