package dev.labelsdk.mock.clarifai;

import java.util.function.Supplier;

/** The status code a call fails with, for engine tests. */
final class Errors {

  private Errors() {}

  static StatusCode codeOf(Supplier<?> call) {
    try {
      call.get();
    } catch (ClarifaiError e) {
      return e.code();
    }
    throw new AssertionError("the call did not fail with a ClarifaiError");
  }
}
