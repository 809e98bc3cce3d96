package dev.labelsdk.mock.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest API requests, newest first, capped at a capacity (oldest dropped) so long runs do
 * not grow it. Secrets are never kept: {@code Authorization} is redacted. Thread-safe.
 */
public final class RequestJournal {

  /** One journal entry; header names are lower case and looked up case-insensitively. */
  public record Entry(
      String method, String path, String query, Map<String, String> headers, int status, long at) {}

  private static final java.util.Set<String> SECRET_HEADERS =
      java.util.Set.of("authorization", "proxy-authorization", "cookie");

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private volatile int capacity;

  public RequestJournal(int capacity) {
    this.capacity = capacity;
  }

  public void record(ApiRequest request, int status, long at) {
    if (capacity == 0) {
      return;
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
            ? "[redacted]"
            : String.join(", ", values)));
    Entry e = new Entry(request.method(), request.rawPath(), request.rawQuery(), headers, status, at);
    synchronized (entries) {
      entries.addFirst(e);
      while (entries.size() > capacity) {
        entries.removeLast();
      }
    }
  }

  /** The newest {@code limit} entries, newest first. */
  public List<Entry> latest(int limit) {
    synchronized (entries) {
      List<Entry> out = new ArrayList<>(Math.min(limit, entries.size()));
      Iterator<Entry> it = entries.iterator();
      while (it.hasNext() && out.size() < limit) {
        out.add(it.next());
      }
      return out;
    }
  }

  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
