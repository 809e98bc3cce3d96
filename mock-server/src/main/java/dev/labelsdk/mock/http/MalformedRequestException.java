package dev.labelsdk.mock.http;

/** The request cannot be read at all (bad encoding, broken multipart, ...): always a 400. */
public final class MalformedRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedRequestException(String message) {
    super(message);
  }
}
