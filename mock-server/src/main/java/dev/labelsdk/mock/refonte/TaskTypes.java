package dev.labelsdk.mock.refonte;

import java.util.Locale;
import java.util.Set;

/** The task types of spec §9.1 and the validation family each belongs to (§4.2). */
public final class TaskTypes {

  /** Every task type the mock accepts, lower case. */
  public static final Set<String> ALL =
      Set.of(
          "annotation", "audiotranscription", "categorization", "chat", "chatexperimental",
          "chatlite", "comparison", "cuboidannotation", "datacollection", "documentmodel",
          "documenttranscription", "federal2dvideoannotation", "imageannotation",
          "laneannotation", "lidarannotation", "lidarlinking", "lidarsegmentation",
          "lidartopdown", "lineannotation", "multichat", "multistage",
          "namedentityrecognition", "pointannotation", "polygonannotation",
          "segmentannotation", "sensorfusion", "textcollection", "transcription",
          "videoannotation", "videoboxannotation", "videocuboidannotation",
          "videoplaybackannotation");

  /** Types whose tasks need no attachment at all. */
  static final Set<String> NO_ATTACHMENT =
      Set.of(
          "textcollection", "chat", "chatexperimental", "chatlite", "multichat", "multistage",
          "namedentityrecognition");

  private TaskTypes() {}

  /** The canonical (lower-case) form of a known type, or null for an unknown one. */
  public static String canonical(String type) {
    if (type == null) {
      return null;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    return ALL.contains(lower) ? lower : null;
  }
}
