package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Saved outcomes of task creation by {@code Idempotency-Key} (spec §5.2). One namespace for all
 * tenants; claiming a key is atomic, so concurrent requests with one key create one task.
 */
public final class IdempotencyStore {

  /** What {@link #begin} found. */
  public sealed interface Lookup {}

  /** The key is now claimed by the caller, who must {@link #save} or {@link #release} it. */
  public record Claimed(String key, Record record) implements Lookup {}

  /** A saved outcome to send again, byte for byte. */
  public record Replay(int status, byte[] body) implements Lookup {}

  /** The key belongs to another tenant or was used with other parameters: a 409. */
  public record Conflict() implements Lookup {}

  /** The first request with this key is still being processed: a 429. */
  public record InFlight() implements Lookup {}

  /** One key's record; {@code status} and {@code body} are set once it is done. */
  public static final class Record {
    final String tenant;
    final String fingerprint;
    volatile boolean done;
    volatile int status;
    volatile byte[] body;
    volatile long savedAt;

    Record(String tenant, String fingerprint) {
      this.tenant = tenant;
      this.fingerprint = fingerprint;
    }
  }

  private record Saved(String key, Record record) {}

  private final ConcurrentHashMap<String, Record> records = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Saved> bySaveTime = new ConcurrentLinkedQueue<>();
  private final int maxRecords;
  private volatile Duration ttl;

  /**
   * @param ttl how long a saved outcome is replayed
   * @param maxRecords the most saved outcomes kept; beyond it the oldest are forgotten early,
   *     so that a long, fast run cannot fill the heap (mock choice)
   */
  public IdempotencyStore(Duration ttl, int maxRecords) {
    this.ttl = ttl;
    this.maxRecords = maxRecords;
  }

  /**
   * The request fingerprint ("same parameters"): method, normalised path, query sorted by name
   * and the canonical body. A body that is not JSON is compared byte for byte.
   */
  public static String fingerprint(
      String method, String normalisedPath, Map<String, List<String>> query, JsonNode body,
      byte[] rawBodyIfNotJson) {
    StringBuilder s = new StringBuilder(method).append('\n').append(normalisedPath).append('\n');
    new TreeMap<>(query).forEach((k, vs) -> vs.forEach(v -> s.append(k).append('=').append(v).append('&')));
    s.append('\n');
    if (rawBodyIfNotJson != null) {
      s.append("raw:").append(HexFormat.of().formatHex(rawBodyIfNotJson));
    } else {
      s.append(body == null ? "{}" : Json.canonical(body));
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Looks the key up and claims it when it is free (never used, or expired). */
  public Lookup begin(String key, String tenant, String fingerprint, long nowMillis) {
    expire(nowMillis);
    Lookup[] outcome = new Lookup[1];
    records.compute(
        key,
        (k, existing) -> {
          if (existing == null || isExpired(existing, nowMillis)) {
            Record fresh = new Record(tenant, fingerprint);
            outcome[0] = new Claimed(k, fresh);
            return fresh;
          }
          if (!existing.tenant.equals(tenant) || !existing.fingerprint.equals(fingerprint)) {
            outcome[0] = new Conflict();
          } else if (!existing.done) {
            outcome[0] = new InFlight();
          } else {
            outcome[0] = new Replay(existing.status, existing.body);
          }
          return existing;
        });
    return outcome[0];
  }

  /** Saves the outcome of a claimed key; it is replayed until it expires. */
  public void save(Claimed claim, int status, byte[] body, long nowMillis) {
    Record r = claim.record();
    r.status = status;
    r.body = body;
    r.savedAt = nowMillis;
    r.done = true;
    bySaveTime.add(new Saved(claim.key(), r));
    Saved oldest;
    while (records.size() > maxRecords && (oldest = bySaveTime.poll()) != null) {
      records.remove(oldest.key(), oldest.record());
    }
  }

  /** Gives a claimed key back unsaved, so a retry is processed afresh. */
  public void release(Claimed claim) {
    records.remove(claim.key(), claim.record());
  }

  public void setTtl(Duration ttl) {
    this.ttl = ttl;
  }

  public void clear() {
    records.clear();
    bySaveTime.clear();
  }

  public int size() {
    return records.size();
  }

  /** The records for a state dump: key, tenant, state and saved status, without bodies. */
  public List<Map<String, Object>> describe(java.util.function.Function<String, String> tenantLabel) {
    List<Map<String, Object>> out = new ArrayList<>();
    records.forEach(
        (key, r) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("key", key);
          m.put("tenant", tenantLabel.apply(r.tenant));
          m.put("state", r.done ? "done" : "in_flight");
          if (r.done) {
            m.put("status", r.status);
            m.put("saved_at", dev.labelsdk.mock.common.Timestamps.format(r.savedAt));
          }
          out.add(m);
        });
    return out;
  }

  private boolean isExpired(Record r, long nowMillis) {
    return r.done && nowMillis - r.savedAt >= ttl.toMillis();
  }

  /** Drops expired records, oldest first, so the store holds at most one TTL's worth. */
  private void expire(long nowMillis) {
    Saved head;
    while ((head = bySaveTime.peek()) != null && isExpired(head.record(), nowMillis)) {
      if (bySaveTime.remove(head)) {
        records.remove(head.key(), head.record());
      }
    }
  }
}
