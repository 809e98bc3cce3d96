package dev.labelsdk.refonte.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateTaskRequestTest {

  static String json(CreateTaskRequest r) {
    return JsonSupport.write(r.toJson());
  }

  @Test
  void genericRequestPutsTopLevelFieldsAndParamsInOneFlatBody() {
    CreateTaskRequest r = CreateTaskRequest.builder(TaskType.CATEGORIZATION)
        .instruction("Big or small?")
        .callbackUrl("https://example.com/cb")
        .attachment("https://example.com/car.jpg")
        .attachmentType("image")
        .project("cars")
        .uniqueId("car-1")
        .clearUniqueIdOnError(true)
        .metadata(Map.of("source", "s3"))
        .tags("a", "b")
        .param("categories", List.of("big", "small"))
        .param("priority", 30)
        .build();
    assertThat(json(r)).isEqualTo("{\"instruction\":\"Big or small?\","
        + "\"callback_url\":\"https://example.com/cb\","
        + "\"attachment\":\"https://example.com/car.jpg\",\"attachment_type\":\"image\","
        + "\"project\":\"cars\",\"unique_id\":\"car-1\",\"clear_unique_id_on_error\":true,"
        + "\"metadata\":{\"source\":\"s3\"},\"tags\":[\"a\",\"b\"],"
        + "\"categories\":[\"big\",\"small\"],\"priority\":30}");
    assertThat(r.uniqueId()).contains("car-1");
    assertThat(r.toBuilder().build()).isEqualTo(r);
  }

  @Test
  void categorizationNeedsAnAttachmentAndCategories() {
    assertThatThrownBy(() -> Categorization.builder().categories("a").build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("\"attachment\" is required");
    assertThatThrownBy(() -> Categorization.builder().attachment("https://x.io/a.png").build())
        .hasMessageContaining("\"categories\" (or \"taxonomies\") is required");
    assertThatThrownBy(() -> Categorization.builder().attachment("https://x.io/a.png")
        .categories("big", "").build())
        .hasMessageContaining("non-empty list of non-empty strings");
    assertThat(json(Categorization.builder().attachment("car").attachmentType("text")
        .categories("big", "small").allowMultiple(false).build()))
        .isEqualTo("{\"attachment\":\"car\",\"attachment_type\":\"text\","
            + "\"categories\":[\"big\",\"small\"],\"allow_multiple\":false}");
  }

  @Test
  void attachmentsMustBeAbsoluteUrisUnlessText() {
    assertThatThrownBy(() -> CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
        .attachment("some_non_url").build())
        .hasMessageContaining("must be an absolute URI").hasMessageContaining("some_non_url");
    assertThatThrownBy(() -> Comparison.builder().attachments("https://a.io/1", "not a url")
        .build()).hasMessageContaining("\"attachments\" must be an absolute URI");
    CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION).attachment("s3://bucket/key").build();
    CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION).attachment("data:image/png;base64,AA")
        .build();
  }

  @Test
  void typesThatNeedAnAttachmentSayHowToGiveOne() {
    InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidRequestException.class, () -> CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
            .instruction("Label").attachmentType("image").build());
    assertThat(e.problems()).singleElement().asString().contains("attachments(...)");
    CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("Write").build();
    CreateTaskRequest.builder(TaskType.of("brandnewtype")).build();
  }

  @Test
  void tagsAreLimitedToFiveDistinctNonBlankValues() {
    CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).tags("a", "b", "c", "d", "e", "a").build();
    assertThatThrownBy(() -> CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .tags("a", "b", "c", "d", "e", "f").build())
        .hasMessageContaining("at most 5 distinct tags").hasMessageContaining("6");
    assertThatThrownBy(() -> CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .tags("a", " ").build()).hasMessageContaining("non-blank");
  }

  @Test
  void metadataIsLimitedToTenKilobytes() {
    assertThatThrownBy(() -> CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .metadata(Map.of("blob", "x".repeat(10_300))).build())
        .hasMessageContaining("the limit is 10240");
  }

  @Test
  void namedEntityRecognitionNeedsTextAndNamedLabels() {
    assertThat(json(NamedEntityRecognition.builder().text("Ada was born in London.")
        .label("PERSON", "A person").label("LOCATION").build()))
        .isEqualTo("{\"text\":\"Ada was born in London.\",\"labels\":[{\"name\":\"PERSON\","
            + "\"description\":\"A person\"},{\"name\":\"LOCATION\"}]}");
    assertThatThrownBy(() -> NamedEntityRecognition.builder().text("t").label(null, "d").build())
        .hasMessageContaining("every label needs a non-empty \"name\"");
    assertThatThrownBy(() -> NamedEntityRecognition.builder().label("X").build())
        .hasMessageContaining("\"text\" is required");
  }

  @Test
  void imageAnnotationWritesEveryGeometryKind() {
    CreateTaskRequest r = ImageAnnotation.builder()
        .attachment("https://example.com/street.jpg")
        .geometry(Geometry.box("car", "pedestrian").minWidth(10).minHeight(10).canRotate(false))
        .geometry(Geometry.polygon("building").minVertices(3).maxVertices(12))
        .geometry(Geometry.line("lane").maxVertices(20))
        .geometry(Geometry.point("head"))
        .geometry(Geometry.cuboid("truck").cameraIntrinsics(1000, 1000, 640, 360)
            .cameraHeight(1.5))
        .padding(5)
        .build();
    assertThat(json(r)).isEqualTo("{\"attachment\":\"https://example.com/street.jpg\","
        + "\"geometries\":{"
        + "\"box\":{\"objects_to_annotate\":[\"car\",\"pedestrian\"],\"min_width\":10,"
        + "\"min_height\":10,\"can_rotate\":false},"
        + "\"polygon\":{\"objects_to_annotate\":[\"building\"],\"min_vertices\":3,"
        + "\"max_vertices\":12},"
        + "\"line\":{\"objects_to_annotate\":[\"lane\"],\"max_vertices\":20},"
        + "\"point\":{\"objects_to_annotate\":[\"head\"]},"
        + "\"cuboid\":{\"objects_to_annotate\":[\"truck\"],\"camera_intrinsics\":{\"fx\":1000.0,"
        + "\"fy\":1000.0,\"cx\":640.0,\"cy\":360.0},\"camera_height\":1.5}},"
        + "\"padding\":5}");
    assertThat(r.type()).isSameAs(TaskType.IMAGE_ANNOTATION);
    assertThatThrownBy(() -> ImageAnnotation.builder().attachment("https://e.com/a.jpg").build())
        .hasMessageContaining("at least one geometry");
    assertThatThrownBy(() -> Geometry.box()).hasMessageContaining("at least one object");
  }

  @Test
  void geometriesAreImmutable() {
    BoxGeometry base = Geometry.box("car");
    BoxGeometry wide = base.minWidth(50);
    assertThat(base.toJson().has("min_width")).isFalse();
    assertThat(wide.toJson().get("min_width").intValue()).isEqualTo(50);
    assertThat(wide.objectsToAnnotate()).containsExactly("car");
  }

  @Test
  void comparisonTranscriptionAndDocumentTranscriptionProduceTheDocumentedShape() {
    assertThat(json(Comparison.builder().attachments("https://e.com/a", "https://e.com/b")
        .choices("same", "different").field("diff", "What differs?").build()))
        .isEqualTo("{\"attachments\":[\"https://e.com/a\",\"https://e.com/b\"],"
            + "\"choices\":[\"same\",\"different\"],\"fields\":{\"diff\":\"What differs?\"}}");
    assertThatThrownBy(() -> Comparison.builder().choices("a").build())
        .hasMessageContaining("\"attachments\" is required");
    assertThat(json(Transcription.builder().attachment("https://e.com/r.jpg")
        .field("total", "Total paid").field("date", "Date").build()))
        .isEqualTo("{\"attachment\":\"https://e.com/r.jpg\",\"fields\":{\"total\":\"Total paid\","
            + "\"date\":\"Date\"}}");
    assertThat(json(DocumentTranscription.builder().attachment("https://e.com/i.pdf")
        .attachmentType("pdf").feature(Map.of("type", "block")).build()))
        .isEqualTo("{\"attachment\":\"https://e.com/i.pdf\",\"attachment_type\":\"pdf\","
            + "\"features\":[{\"type\":\"block\"}]}");
  }
}
