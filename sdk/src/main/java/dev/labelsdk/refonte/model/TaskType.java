package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.labelsdk.core.OpenEnum;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * A task type (the {@code {type}} of {@code POST /v1/task/{type}}): one of the 32 documented
 * types, or a value this SDK does not know yet ({@link #isKnown()} false), kept as given so
 * that a task of a new type still parses and can still be created.
 */
public final class TaskType extends OpenEnum {

  private static final Values<TaskType> VALUES = new Values<>(TaskType::new);

  /** Image annotation with boxes (legacy name). ({@code annotation}) */
  public static final TaskType ANNOTATION = VALUES.known("annotation");
  /** Audio transcription. ({@code audiotranscription}) */
  public static final TaskType AUDIO_TRANSCRIPTION = VALUES.known("audiotranscription");
  /** Pick one or more categories for an attachment. ({@code categorization}) */
  public static final TaskType CATEGORIZATION = VALUES.known("categorization");
  /** Chat (generative AI) task. ({@code chat}) */
  public static final TaskType CHAT = VALUES.known("chat");
  /** Experimental chat task. ({@code chatexperimental}) */
  public static final TaskType CHAT_EXPERIMENTAL = VALUES.known("chatexperimental");
  /** Lightweight chat task. ({@code chatlite}) */
  public static final TaskType CHAT_LITE = VALUES.known("chatlite");
  /** Compare several attachments. ({@code comparison}) */
  public static final TaskType COMPARISON = VALUES.known("comparison");
  /** 3D cuboids on an image. ({@code cuboidannotation}) */
  public static final TaskType CUBOID_ANNOTATION = VALUES.known("cuboidannotation");
  /** Collect data from the web. ({@code datacollection}) */
  public static final TaskType DATA_COLLECTION = VALUES.known("datacollection");
  /** Document model extraction. ({@code documentmodel}) */
  public static final TaskType DOCUMENT_MODEL = VALUES.known("documentmodel");
  /** Transcribe a document into fields. ({@code documenttranscription}) */
  public static final TaskType DOCUMENT_TRANSCRIPTION = VALUES.known("documenttranscription");
  /** Federal 2D video annotation. ({@code federal2dvideoannotation}) */
  public static final TaskType FEDERAL_2D_VIDEO_ANNOTATION = VALUES.known("federal2dvideoannotation");
  /** Boxes, polygons, lines, points and cuboids on an image. ({@code imageannotation}) */
  public static final TaskType IMAGE_ANNOTATION = VALUES.known("imageannotation");
  /** Lane lines on an image. ({@code laneannotation}) */
  public static final TaskType LANE_ANNOTATION = VALUES.known("laneannotation");
  /** 3D boxes in a lidar sequence. ({@code lidarannotation}) */
  public static final TaskType LIDAR_ANNOTATION = VALUES.known("lidarannotation");
  /** Link lidar annotations to camera images. ({@code lidarlinking}) */
  public static final TaskType LIDAR_LINKING = VALUES.known("lidarlinking");
  /** Per-point lidar segmentation. ({@code lidarsegmentation}) */
  public static final TaskType LIDAR_SEGMENTATION = VALUES.known("lidarsegmentation");
  /** Top-down lidar annotation. ({@code lidartopdown}) */
  public static final TaskType LIDAR_TOPDOWN = VALUES.known("lidartopdown");
  /** Lines on an image (legacy name). ({@code lineannotation}) */
  public static final TaskType LINE_ANNOTATION = VALUES.known("lineannotation");
  /** Multi-turn chat task. ({@code multichat}) */
  public static final TaskType MULTICHAT = VALUES.known("multichat");
  /** Multi-stage task. ({@code multistage}) */
  public static final TaskType MULTISTAGE = VALUES.known("multistage");
  /** Label entities in a text. ({@code namedentityrecognition}) */
  public static final TaskType NAMED_ENTITY_RECOGNITION = VALUES.known("namedentityrecognition");
  /** Points on an image (legacy name). ({@code pointannotation}) */
  public static final TaskType POINT_ANNOTATION = VALUES.known("pointannotation");
  /** Polygons on an image (legacy name). ({@code polygonannotation}) */
  public static final TaskType POLYGON_ANNOTATION = VALUES.known("polygonannotation");
  /** Semantic segmentation of an image. ({@code segmentannotation}) */
  public static final TaskType SEGMENT_ANNOTATION = VALUES.known("segmentannotation");
  /** Lidar and camera sensor fusion. ({@code sensorfusion}) */
  public static final TaskType SENSOR_FUSION = VALUES.known("sensorfusion");
  /** Collect free text. ({@code textcollection}) */
  public static final TaskType TEXT_COLLECTION = VALUES.known("textcollection");
  /** Transcribe fields from an attachment. ({@code transcription}) */
  public static final TaskType TRANSCRIPTION = VALUES.known("transcription");
  /** Annotate a video. ({@code videoannotation}) */
  public static final TaskType VIDEO_ANNOTATION = VALUES.known("videoannotation");
  /** Boxes across video frames. ({@code videoboxannotation}) */
  public static final TaskType VIDEO_BOX_ANNOTATION = VALUES.known("videoboxannotation");
  /** Cuboids across video frames. ({@code videocuboidannotation}) */
  public static final TaskType VIDEO_CUBOID_ANNOTATION = VALUES.known("videocuboidannotation");
  /** Annotate a video during playback. ({@code videoplaybackannotation}) */
  public static final TaskType VIDEO_PLAYBACK_ANNOTATION = VALUES.known("videoplaybackannotation");

  private TaskType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value} (case-insensitive, as the server treats types), or a new
   * unknown type that keeps the value.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static TaskType of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("task type must not be blank");
    }
    TaskType t = VALUES.of(value.toLowerCase(Locale.ROOT));
    return t.isKnown() ? t : new TaskType(value, false);
  }

  /** Every documented type, in alphabetical order. */
  public static Collection<TaskType> knownValues() {
    return VALUES.all();
  }
}
