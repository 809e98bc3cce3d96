package dev.labelsdk.mock.clarifai;

/**
 * The outcome of one item of a per-item batch (spec §5.4): the stored value, or the error
 * that kept the item out. Exactly one of the two is set.
 */
public record ItemResult<T>(T value, ClarifaiError error) {

  static <T> ItemResult<T> ok(T value) {
    return new ItemResult<>(value, null);
  }

  static <T> ItemResult<T> failed(ClarifaiError error) {
    return new ItemResult<>(null, error);
  }

  /** Whether the item was stored. */
  public boolean isOk() {
    return error == null;
  }
}
