package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@code imageannotation} task: draw {@link Geometry geometries} on an image.
 *
 * <pre>{@code
 * CreateTaskRequest request = ImageAnnotation.builder()
 *     .attachment("https://example.com/street.jpg")
 *     .geometry(Geometry.box("car", "pedestrian").minWidth(10).minHeight(10))
 *     .geometry(Geometry.polygon("building"))
 *     .instruction("Label every car, pedestrian and building.")
 *     .build();
 * }</pre>
 */
public final class ImageAnnotation {

  private ImageAnnotation() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of image annotation tasks; {@code attachment} and a geometry are required. */
  public static final class Builder extends AttachmentTaskBuilder<Builder> {

    private final ObjectNode geometries = JsonSupport.newObject();

    private Builder() {
      super(TaskType.IMAGE_ANNOTATION);
    }

    /** Adds (or replaces, for the same kind) a geometry to draw. */
    public Builder geometry(Geometry geometry) {
      geometries.set(geometry.kind(), geometry.toJson());
      request.param("geometries", geometries);
      return this;
    }

    /** Adds several geometries. */
    public Builder geometries(List<? extends Geometry> list) {
      list.forEach(this::geometry);
      return this;
    }

    /** Attributes asked for each annotation (e.g. occlusion), keyed by attribute name. */
    public Builder annotationAttributes(Map<String, ?> attributes) {
      request.param("annotation_attributes", JsonObject.of(attributes));
      return this;
    }

    /** Extra pixels shown around the image on every side. */
    public Builder padding(int pixels) {
      request.param("padding", pixels);
      return this;
    }

    /**
     * @throws InvalidRequestException if no geometry was added, or what the service rejects
     */
    @Override
    public CreateTaskRequest build() {
      if (geometries.isEmpty() && request.get("geometries").isEmpty()) {
        throw new InvalidRequestException("imageannotation task", List.of(
            "at least one geometry is required, e.g. geometry(Geometry.box(\"car\"))"));
      }
      return super.build();
    }
  }
}
