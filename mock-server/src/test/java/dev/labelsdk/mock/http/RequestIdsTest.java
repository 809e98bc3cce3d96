package dev.labelsdk.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void idsHaveThePrefixAndHexDigitsAskedForAndDoNotRepeat() {
    assertThat(RequestIds.random("req_", 24)).matches("req_[0-9a-f]{24}");
    assertThat(RequestIds.random("", 32)).matches("[0-9a-f]{32}");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(RequestIds.random("", 32))).isTrue();
    }
  }
}
