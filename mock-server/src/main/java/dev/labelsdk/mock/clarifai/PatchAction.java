package dev.labelsdk.mock.clarifai;

import java.util.Locale;

/** The {@code action} of PatchTasks and PatchAnnotations (spec §7.4, §8.7). */
public enum PatchAction {
  MERGE,
  OVERWRITE,
  REMOVE;

  /** Parses {@code merge}, {@code overwrite} or {@code remove}; anything else (or none) is 11102. */
  public static PatchAction parse(String action) {
    if (action != null) {
      for (PatchAction a : values()) {
        if (a.name().toLowerCase(Locale.ROOT).equals(action)) {
          return a;
        }
      }
    }
    throw ClarifaiError.invalid("action must be \"merge\", \"overwrite\" or \"remove\""
        + (action == null ? " and is missing" : " (got \"" + action + "\")"));
  }
}
