package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A task type (the {@code {type}} of {@code POST /v1/task/{type}}): one of the 32 documented
 * types, or a value this SDK does not know yet ({@link #isKnown()} false), kept as given so
 * that a task of a new type still parses and can still be created.
 */
public final class TaskType {

  private static final Map<String, TaskType> KNOWN = new LinkedHashMap<>();

  /** Image annotation with boxes (legacy name). ({@code annotation}) */
  public static final TaskType ANNOTATION = known("annotation");
  /** Audio transcription. ({@code audiotranscription}) */
  public static final TaskType AUDIO_TRANSCRIPTION = known("audiotranscription");
  /** Pick one or more categories for an attachment. ({@code categorization}) */
  public static final TaskType CATEGORIZATION = known("categorization");
  /** Chat (generative AI) task. ({@code chat}) */
  public static final TaskType CHAT = known("chat");
  /** Experimental chat task. ({@code chatexperimental}) */
  public static final TaskType CHAT_EXPERIMENTAL = known("chatexperimental");
  /** Lightweight chat task. ({@code chatlite}) */
  public static final TaskType CHAT_LITE = known("chatlite");
  /** Compare several attachments. ({@code comparison}) */
  public static final TaskType COMPARISON = known("comparison");
  /** 3D cuboids on an image. ({@code cuboidannotation}) */
  public static final TaskType CUBOID_ANNOTATION = known("cuboidannotation");
  /** Collect data from the web. ({@code datacollection}) */
  public static final TaskType DATA_COLLECTION = known("datacollection");
  /** Document model extraction. ({@code documentmodel}) */
  public static final TaskType DOCUMENT_MODEL = known("documentmodel");
  /** Transcribe a document into fields. ({@code documenttranscription}) */
  public static final TaskType DOCUMENT_TRANSCRIPTION = known("documenttranscription");
  /** Federal 2D video annotation. ({@code federal2dvideoannotation}) */
  public static final TaskType FEDERAL_2D_VIDEO_ANNOTATION = known("federal2dvideoannotation");
  /** Boxes, polygons, lines, points and cuboids on an image. ({@code imageannotation}) */
  public static final TaskType IMAGE_ANNOTATION = known("imageannotation");
  /** Lane lines on an image. ({@code laneannotation}) */
  public static final TaskType LANE_ANNOTATION = known("laneannotation");
  /** 3D boxes in a lidar sequence. ({@code lidarannotation}) */
  public static final TaskType LIDAR_ANNOTATION = known("lidarannotation");
  /** Link lidar annotations to camera images. ({@code lidarlinking}) */
  public static final TaskType LIDAR_LINKING = known("lidarlinking");
  /** Per-point lidar segmentation. ({@code lidarsegmentation}) */
  public static final TaskType LIDAR_SEGMENTATION = known("lidarsegmentation");
  /** Top-down lidar annotation. ({@code lidartopdown}) */
  public static final TaskType LIDAR_TOPDOWN = known("lidartopdown");
  /** Lines on an image (legacy name). ({@code lineannotation}) */
  public static final TaskType LINE_ANNOTATION = known("lineannotation");
  /** Multi-turn chat task. ({@code multichat}) */
  public static final TaskType MULTICHAT = known("multichat");
  /** Multi-stage task. ({@code multistage}) */
  public static final TaskType MULTISTAGE = known("multistage");
  /** Label entities in a text. ({@code namedentityrecognition}) */
  public static final TaskType NAMED_ENTITY_RECOGNITION = known("namedentityrecognition");
  /** Points on an image (legacy name). ({@code pointannotation}) */
  public static final TaskType POINT_ANNOTATION = known("pointannotation");
  /** Polygons on an image (legacy name). ({@code polygonannotation}) */
  public static final TaskType POLYGON_ANNOTATION = known("polygonannotation");
  /** Semantic segmentation of an image. ({@code segmentannotation}) */
  public static final TaskType SEGMENT_ANNOTATION = known("segmentannotation");
  /** Lidar and camera sensor fusion. ({@code sensorfusion}) */
  public static final TaskType SENSOR_FUSION = known("sensorfusion");
  /** Collect free text. ({@code textcollection}) */
  public static final TaskType TEXT_COLLECTION = known("textcollection");
  /** Transcribe fields from an attachment. ({@code transcription}) */
  public static final TaskType TRANSCRIPTION = known("transcription");
  /** Annotate a video. ({@code videoannotation}) */
  public static final TaskType VIDEO_ANNOTATION = known("videoannotation");
  /** Boxes across video frames. ({@code videoboxannotation}) */
  public static final TaskType VIDEO_BOX_ANNOTATION = known("videoboxannotation");
  /** Cuboids across video frames. ({@code videocuboidannotation}) */
  public static final TaskType VIDEO_CUBOID_ANNOTATION = known("videocuboidannotation");
  /** Annotate a video during playback. ({@code videoplaybackannotation}) */
  public static final TaskType VIDEO_PLAYBACK_ANNOTATION = known("videoplaybackannotation");

  private final String value;
  private final boolean known;

  private TaskType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static TaskType known(String value) {
    TaskType t = new TaskType(value, true);
    KNOWN.put(value, t);
    return t;
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
    TaskType t = KNOWN.get(value.toLowerCase(Locale.ROOT));
    return t != null ? t : new TaskType(value, false);
  }

  /** Every documented type, in alphabetical order. */
  public static Collection<TaskType> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** The wire value, e.g. {@code "imageannotation"}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** False for a type this SDK version does not know. */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskType other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
