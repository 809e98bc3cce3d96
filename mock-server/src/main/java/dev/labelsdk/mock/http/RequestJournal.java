package dev.labelsdk.mock.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.TreeMap;

/**
 * The latest API requests, newest first, capped at a capacity (oldest dropped) so long runs do
 * not grow it. Secrets are never kept: {@code Authorization} is redacted. Bodies are kept only
 * when asked for, cut to a maximum length. Thread-safe.
 */
public final class RequestJournal {

  /** One journal entry; header names are lower case and looked up case-insensitively. */
  public record Entry(
      String method, String path, String query, Map<String, String> headers, int status, long at,
      String body) {

    /** An entry without its body. */
    public Entry(String method, String path, String query, Map<String, String> headers, int status,
        long at) {
      this(method, path, query, headers, status, at, null);
    }
  }

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie");

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private volatile int capacity;
  private final int maxBodyChars;

  /** A journal of {@code capacity} entries that keeps no bodies. */
  public RequestJournal(int capacity) {
    this(capacity, 0);
  }

  /** A journal that also keeps the first {@code maxBodyChars} characters of each body (as UTF-8 text). */
  public RequestJournal(int capacity, int maxBodyChars) {
    this.capacity = capacity;
    this.maxBodyChars = maxBodyChars;
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
    Entry e = new Entry(request.method(), request.rawPath(), request.rawQuery(), headers, status, at,
        body(request.body()));
    synchronized (entries) {
      entries.addFirst(e);
      while (entries.size() > capacity) {
        entries.removeLast();
      }
    }
  }

  private String body(byte[] body) {
    if (maxBodyChars == 0) {
      return null;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= maxBodyChars ? text : text.substring(0, maxBodyChars);
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

  /**
   * The newest {@code limit} entries as the control planes show them, newest first; times in
   * the API's own form, the body only when one was kept.
   */
  public ArrayNode toJson(int limit, LongFunction<String> formatTime) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Entry e : latest(limit)) {
      ObjectNode o = out.addObject();
      o.put("method", e.method());
      o.put("path", e.path());
      o.put("query", e.query());
      ObjectNode headers = o.putObject("headers");
      e.headers().forEach(headers::put);
      if (e.body() != null) {
        o.put("body", e.body());
      }
      o.put("status", e.status());
      o.put("at", formatTime.apply(e.at()));
    }
    return out;
  }

  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** How many entries are kept now (never more than the capacity). */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
