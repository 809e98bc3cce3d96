package dev.labelsdk.refonte.model;

import dev.labelsdk.core.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@code categorization} task: pick one (or several) of {@code categories} for an
 * attachment.
 *
 * <pre>{@code
 * CreateTaskRequest request = Categorization.builder()
 *     .attachment("https://example.com/car.jpg")
 *     .categories("big", "small")
 *     .instruction("Is this car big or small?")
 *     .build();
 * }</pre>
 */
public final class Categorization {

  private Categorization() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of categorization tasks; {@code attachment} and {@code categories} are required. */
  public static final class Builder extends AttachmentTaskBuilder<Builder> {

    private Builder() {
      super(TaskType.CATEGORIZATION);
    }

    /** The categories offered (at least one, each non-empty). */
    public Builder categories(String... categories) {
      return categories(Arrays.asList(categories));
    }

    /** Sets {@code categories}. */
    public Builder categories(List<String> categories) {
      request.param("categories", categories);
      return this;
    }

    /** Whether several categories may be chosen. */
    public Builder allowMultiple(boolean allow) {
      request.param("allow_multiple", allow);
      return this;
    }

    /** Named taxonomies instead of (or next to) {@code categories}. */
    public Builder taxonomies(Map<String, ?> taxonomies) {
      request.param("taxonomies", JsonObject.of(taxonomies));
      return this;
    }
  }
}
