package dev.labelsdk.refonte.e2e;

import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Clients pointed at the in-process mock, and readers of its request journal. */
final class E2eSupport {

  private E2eSupport() {}

  /** A client with a fake sleeper (no real waits) and jitter 0. */
  static RefonteClient client(LabelMockExtension mock, String apiKey, RecordingSleeper sleeper) {
    return RefonteClient.builder().apiKey(apiKey).baseUrl(mock.refonteBaseUrl())
        .sleeper(sleeper).jitter(() -> 0.0).build();
  }

  /**
   * A client for bulk tests: waits are tasks on {@code time} (a fake clock that moves the
   * mock's), and a sleep on a thread fails the test.
   */
  static RefonteClient onFakeTime(LabelMockExtension mock, String apiKey, FakeTime time) {
    return RefonteClient.builder().apiKey(apiKey).baseUrl(mock.refonteBaseUrl()).scheduler(time)
        .httpClient(time.httpClient()).sleeper(d -> {
          throw new AssertionError("bulk submission never sleeps on a thread");
        }).jitter(() -> 0.0).build();
  }

  /** The journal entries for {@code method path}, oldest first. */
  static List<RequestJournal.Entry> requests(LabelMockExtension mock, String method,
      String path) {
    List<RequestJournal.Entry> entries = new ArrayList<>(mock.refonte().requests(1000).stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path)).toList());
    Collections.reverse(entries);
    return entries;
  }

  /** A header of a journal entry, by case-insensitive name. */
  static String header(RequestJournal.Entry entry, String name) {
    return entry.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }
}
