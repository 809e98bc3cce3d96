package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-22T17:55:00Z", "2026-11-22T17:55:00.1Z",
      "2026-11-22T17:55:00.123456Z", "2026-11-22T17:55:00.123456789Z", "1999-12-31T23:59:59.9Z",
      "2024-02-29T12:00:00Z", "2000-02-29T00:00:00Z", "2026-03-01T00:00:00Z",
      "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
      "0000-02-29T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-12-31T00:00:00Z",
      "2026-12-06T00:23:05.469Z", "2026-04-30T23:59:59.99Z", "2026-01-31T00:00:00.000000001Z",
      "1600-02-29T00:00:00Z", "2023-02-28T00:00:00Z"})
  void theFastPathAgreesWithJavaTime(String text) {
    assertThat(Timestamps.parseUtc(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-22T19:55:00+02:00", "2026-11-22t17:55:00z",
      "2026-11-22T17:55:00.Z", "2026-11-22T17:55:00.1234567890Z", "2026-02-30T00:00:00Z",
      "2026-11-22 17:55:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
      "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
      "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z", "2026-12-06T24:00:00Z",
      "2026-12-06T00:60:00Z", "2026-12-06T00:00:60Z", "2a26-12-06T00:00:00Z",
      "2026-1/-06T00:00:00Z", "2026-12-06T00:00:0:Z", "2026-12-06T00:00:00.4a9Z",
      "2026-12-06T00:00:00,469Z", "2026-12-06T00:00:00"})
  void leavesOtherFormsToTheGeneralParser(String text) {
    assertThat(Timestamps.parseUtc(text)).isNull();
  }

  @Test
  void parsesOffsetsAndRejectsNonsense() {
    assertThat(Timestamps.parse("2026-11-22T19:55:00.5+02:00"))
        .isEqualTo(Instant.parse("2026-11-22T17:55:00.5Z"));
    assertThatThrownBy(() -> Timestamps.parse("2026-02-30T00:00:00Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Timestamps.parse("yesterday"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
