package dev.labelsdk.mock.clarifai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClarifaiTimestampsTest {

  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void formatsWithSixFractionalDigits() {
    assertEquals("2026-11-22T17:55:00.123000Z",
        ClarifaiTimestamps.format(Instant.parse("2026-11-22T17:55:00.123Z").toEpochMilli()));
    assertEquals("1970-01-01T00:00:00.000000Z", ClarifaiTimestamps.format(0));
    assertEquals("1969-12-31T23:59:59.999000Z", ClarifaiTimestamps.format(-1));
  }

  @Test
  void agreesWithTheGeneralFormatterFromYearMinusTenToTwentyThousand() {
    Random random = new Random(42);
    long from = Instant.parse("-0010-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("+20000-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      long millis = from + (long) (random.nextDouble() * (to - from));
      assertEquals(REFERENCE.format(Instant.ofEpochMilli(millis)), ClarifaiTimestamps.format(millis));
    }
  }
}
