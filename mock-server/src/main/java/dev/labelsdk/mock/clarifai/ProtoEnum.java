package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * A Clarifai proto enum: its constant names are the proto names, and {@link #number()} is the
 * proto number, which is what responses carry (spec §4).
 */
public interface ProtoEnum {

  /** The proto number. */
  int number();

  /** The proto name (the Java constant name). */
  String name();

  /** Other proto names of the same value (e.g. an alias such as INPUT_DOWNLOAD_SUCCESS). */
  default List<String> aliases() {
    return List.of();
  }
}
