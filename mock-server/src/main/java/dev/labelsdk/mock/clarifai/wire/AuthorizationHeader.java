package dev.labelsdk.mock.clarifai.wire;

/**
 * {@code Authorization: Key <token>}: exactly {@code Key}, one space, a non-empty token
 * (spec §2.1). Anything else is the 11102 of spec §2.3.
 */
final class AuthorizationHeader {

  static final String MALFORMED =
      "Empty or malformed authorization header. Please provide an API key or session token.";

  private AuthorizationHeader() {}

  /** The token, or null when the header is missing or malformed. */
  static String token(String header) {
    if (header == null || !header.startsWith("Key ")) {
      return null;
    }
    String token = header.substring(4);
    return token.isEmpty() ? null : token;
  }
}
