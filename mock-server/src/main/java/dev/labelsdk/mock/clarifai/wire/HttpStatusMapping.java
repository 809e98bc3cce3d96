package dev.labelsdk.mock.clarifai.wire;

import java.util.Map;
import java.util.Set;

/** The HTTP status that mirrors a Clarifai status code (spec §5.3), with per-code overrides. */
final class HttpStatusMapping {

  private static final Set<Integer> BAD_REQUEST =
      Set.of(10020, 11100, 11102, 11103, 24155, 30104, 54101, 54100, 40010);
  private static final Set<Integer> UNAUTHORIZED = Set.of(11001, 11002, 11008, 11009);
  private static final Set<Integer> FORBIDDEN = Set.of(11007, 24156, 54103);
  private static final Set<Integer> NOT_FOUND = Set.of(11101, 30102, 54102);
  private static final Set<Integer> THROTTLED = Set.of(11003, 11004, 11005);

  private HttpStatusMapping() {}

  /**
   * The HTTP status of {@code code}; {@code fromAuthCheck} marks an 11102 from the
   * Authorization header (401). An override for the code wins.
   */
  static int of(int code, boolean fromAuthCheck, Map<Integer, Integer> overrides) {
    Integer override = overrides.get(code);
    if (override != null) {
      return override;
    }
    if (code == 10000) {
      return 200;
    }
    if (code == 10010) {
      return 207;
    }
    if (UNAUTHORIZED.contains(code) || (code == 11102 && fromAuthCheck)) {
      return 401;
    }
    if (BAD_REQUEST.contains(code)) {
      return 400;
    }
    if (FORBIDDEN.contains(code)) {
      return 403;
    }
    if (NOT_FOUND.contains(code)) {
      return 404;
    }
    if (THROTTLED.contains(code)) {
      return 429;
    }
    if (code == 10030) {
      return 503;
    }
    // (mock choice) codes from 98000 up are server errors; any other unlisted code is a 400
    return code >= 98000 ? 500 : 400;
  }
}
