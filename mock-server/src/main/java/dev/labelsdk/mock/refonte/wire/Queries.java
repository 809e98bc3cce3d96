package dev.labelsdk.mock.refonte.wire;

import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.http.QueryTimes;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.ReviewStatus;
import java.util.EnumSet;
import java.util.Set;

/** Query values the list routes share (spec §4.4, §4.10): {@code limit}, times, review statuses. */
final class Queries {

  private Queries() {}

  static int limit(QueryParams q) {
    long limit = QueryValues.digits(q, "limit", 100);
    if (limit < 1 || limit > 100) {
      throw RefonteError.invalid("\"limit\" must be between 1 and 100 (got " + limit + ").");
    }
    return (int) limit;
  }

  static Long time(QueryParams q, String name) {
    String v = q.first(name);
    return v == null ? null : QueryTimes.parse(name, v);
  }

  static Set<ReviewStatus> reviewStatuses(QueryParams q) {
    Set<ReviewStatus> out = EnumSet.noneOf(ReviewStatus.class);
    for (String list : q.all("customer_review_status")) {
      for (String v : list.split(",")) {
        String value = v.trim();
        if (value.isEmpty()) {
          continue;
        }
        ReviewStatus s = ReviewStatus.fromWire(value);
        if (s == null) {
          throw RefonteError.invalid(
              "\"customer_review_status\" values must be pending, accepted, fixed, commented or "
                  + "rejected (got \"" + value + "\").");
        }
        out.add(s);
      }
    }
    return out;
  }

}
