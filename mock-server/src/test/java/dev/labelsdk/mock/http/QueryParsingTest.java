package dev.labelsdk.mock.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query and path decoding (Refonte spec §1.1, §1.2, §9.2). */
class QueryParsingTest {

  private static long at(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void everyTimeFormOfTheSpecParses() {
    assertThat(QueryTimes.parse("t", "2021-04-25")).isEqualTo(at("2021-04-25T00:00:00Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15-07:00")).isEqualTo(at("2021-04-25T10:14:15Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15+0200")).isEqualTo(at("2021-04-25T01:14:15Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15Z")).isEqualTo(at("2021-04-25T03:14:15Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15.844739Z")).isEqualTo(at("2021-04-25T03:14:15.844Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15.752Z")).isEqualTo(at("2021-04-25T03:14:15.752Z"));
    assertThat(QueryTimes.parse("t", "2026-11-22T15:27:40.844739")).isEqualTo(at("2026-11-22T15:27:40.844Z"));
    assertThat(QueryTimes.parse("t", "2024-02-01 10:00:00.000000")).isEqualTo(at("2024-02-01T10:00:00Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14:15 07:00")).isEqualTo(at("2021-04-24T20:14:15Z"));
    assertThat(QueryTimes.parse("t", "2021-04-25T03:14")).isEqualTo(at("2021-04-25T03:14:00Z"));
  }

  @Test
  void otherTimesAreRefusedNamingTheParameter() {
    for (String bad : List.of("yesterday", "2021-13-01", "2021-02-30", "2021-04-25T25:00", "1619320455",
        "2021-04-25T03:14:15.1234567890Z", "2021-04-25T03:14:15+25:00")) {
      assertThatThrownBy(() -> QueryTimes.parse("start_time", bad)).as(bad)
          .isInstanceOf(MalformedRequestException.class).hasMessageContaining("start_time");
    }
  }

  @Test
  void queriesAreFormDecodedKeepingRepeatsAndEmptyMeansAbsent() {
    QueryParams q = QueryParams.parse("tags=a%2Cb&tags=c+d&status=&x&unique_id=s3%3A%2F%2Fb");
    assertThat(q.all("tags")).containsExactly("a,b", "c d");
    assertThat(q.first("status")).isNull();
    assertThat(q.first("x")).isNull();
    assertThat(q.first("unique_id")).isEqualTo("s3://b");
    assertThatThrownBy(() -> QueryParams.parse("a=%zz")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> QueryParams.parse("a=%C3%28")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> QueryParams.parse("a=%")).isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void booleansAndIntegersFollowTheSpec() {
    QueryParams q = QueryParams.parse("a=True&b=FALSE&c=1&d=0&e=yes&n=12&m=-1&k=1.5");
    assertThat(QueryValues.bool(q, "a", false)).isTrue();
    assertThat(QueryValues.bool(q, "b", true)).isFalse();
    assertThat(QueryValues.bool(q, "c", false)).isTrue();
    assertThat(QueryValues.bool(q, "d", true)).isFalse();
    assertThat(QueryValues.bool(q, "missing", true)).isTrue();
    assertThatThrownBy(() -> QueryValues.bool(q, "e", false)).isInstanceOf(MalformedRequestException.class);
    assertThat(QueryValues.digits(q, "n", 0)).isEqualTo(12);
    assertThatThrownBy(() -> QueryValues.digits(q, "m", 0)).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> QueryValues.digits(q, "k", 0)).isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void pathsSplitBeforeDecodingAndCollapseSlashes() {
    ApiRequest r = ApiRequest.builder("get", "//v1//projects/a%20b%2Fc/+x/?q=1").build();
    assertThat(r.segments()).containsExactly("v1", "projects", "a b/c", "+x");
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.rawQuery()).isEqualTo("q=1");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/v1/%FF").build().segments())
        .isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void multipartPartsAreRead() {
    String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nhello\r\n--xyz\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\n"
        + "v\r\n--xyz--\r\n";
    List<Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=\"xyz\"", body.getBytes());
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).filename()).isEqualTo("a.txt");
    assertThat(parts.get(0).contentType()).isEqualTo("text/plain");
    assertThat(parts.get(0).text()).isEqualTo("hello");
    assertThat(parts.get(1).text()).isEqualTo("v");
  }
}
