package dev.labelsdk.mock.refonte;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Saved outcomes of task creation by {@code Idempotency-Key} (spec §5.2), each with the
 * fingerprint of its request (which the wire layer computes). One namespace for all tenants;
 * claiming a key is atomic, so concurrent requests with one key create one task.
 *
 * <p>Bounded per tenant and in total (mock choice): a tenant past its own cap forgets its own
 * oldest outcomes; past the total cap, the tenant holding the most outcomes forgets its oldest.
 * So no tenant's traffic can make another forget a key within the TTL, unless that other tenant
 * holds more outcomes than it. All methods are synchronized: each does a few map operations.
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
    boolean done;
    int status;
    byte[] body;
    long savedAt;

    Record(String tenant, String fingerprint) {
      this.tenant = tenant;
      this.fingerprint = fingerprint;
    }
  }

  private record Saved(String key, Record record) {}

  /** A saved outcome as a snapshot holds it. */
  public record Entry(String key, String tenant, String fingerprint, int status, byte[] body, long savedAt) {}

  private final Map<String, Record> records = new HashMap<>();
  /** Each tenant's saved outcomes, oldest first (the mock clock never goes back). */
  private final Map<String, ArrayDeque<Saved>> savedByTenant = new HashMap<>();
  private int savedCount;
  private final int maxRecords;
  private final int maxRecordsPerTenant;
  private volatile Duration ttl;

  /**
   * @param ttl how long a saved outcome is replayed
   * @param maxRecords the most saved outcomes kept in total
   * @param maxRecordsPerTenant the most saved outcomes kept for one tenant
   */
  public IdempotencyStore(Duration ttl, int maxRecords, int maxRecordsPerTenant) {
    this.ttl = ttl;
    this.maxRecords = maxRecords;
    this.maxRecordsPerTenant = maxRecordsPerTenant;
  }

  /** Looks the key up and claims it when it is free (never used, or expired). */
  public synchronized Lookup begin(String key, String tenant, String fingerprint, long nowMillis) {
    expire(tenant, nowMillis);
    Record existing = records.get(key);
    if (existing != null && isExpired(existing, nowMillis)) {
      expire(existing.tenant, nowMillis);
      existing = null;
    }
    if (existing == null) {
      Record fresh = new Record(tenant, fingerprint);
      records.put(key, fresh);
      return new Claimed(key, fresh);
    }
    if (!existing.tenant.equals(tenant) || !existing.fingerprint.equals(fingerprint)) {
      return new Conflict();
    }
    return existing.done ? new Replay(existing.status, existing.body) : new InFlight();
  }

  /** Saves the outcome of a claimed key; it is replayed until it expires. */
  public synchronized void save(Claimed claim, int status, byte[] body, long nowMillis) {
    Record r = claim.record();
    if (records.get(claim.key()) != r) {
      return; // the store was cleared while the request ran
    }
    r.status = status;
    r.body = body;
    r.savedAt = nowMillis;
    r.done = true;
    keep(claim.key(), r, nowMillis);
  }

  /** Files a done record under its tenant and applies both caps. */
  private void keep(String key, Record r, long nowMillis) {
    ArrayDeque<Saved> own = savedByTenant.computeIfAbsent(r.tenant, t -> new ArrayDeque<>());
    own.addLast(new Saved(key, r));
    savedCount++;
    if (own.size() > maxRecordsPerTenant) {
      forgetOldest(r.tenant);
    }
    if (savedCount > maxRecords) {
      savedByTenant.keySet().stream().toList().forEach(t -> expire(t, nowMillis));
      while (savedCount > maxRecords) {
        forgetOldest(largestTenant());
      }
    }
  }

  /** Gives a claimed key back unsaved, so a retry is processed afresh. */
  public synchronized void release(Claimed claim) {
    records.remove(claim.key(), claim.record());
  }

  public void setTtl(Duration ttl) {
    this.ttl = ttl;
  }

  public synchronized void clear() {
    records.clear();
    savedByTenant.clear();
    savedCount = 0;
  }

  public synchronized int size() {
    return records.size();
  }

  /** The saved outcomes, by tenant name, each tenant's oldest first (in-flight claims are not). */
  public synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>(savedCount);
    new TreeMap<>(savedByTenant).forEach((tenant, own) -> own.forEach(saved -> {
      Record r = saved.record();
      if (records.get(saved.key()) == r) {
        out.add(new Entry(saved.key(), r.tenant, r.fingerprint, r.status, r.body, r.savedAt));
      }
    }));
    return out;
  }

  /** Replaces every record with {@code entries}, in their order, under the caps. */
  public synchronized void restore(List<Entry> entries, long nowMillis) {
    clear();
    for (Entry e : entries) {
      Record r = new Record(e.tenant(), e.fingerprint());
      r.status = e.status();
      r.body = e.body();
      r.savedAt = e.savedAt();
      r.done = true;
      records.put(e.key(), r);
      keep(e.key(), r, nowMillis);
    }
  }

  /** How many saved outcomes {@code tenant} holds. */
  public synchronized int savedBy(String tenant) {
    ArrayDeque<Saved> own = savedByTenant.get(tenant);
    return own == null ? 0 : own.size();
  }

  /** One record as a state dump shows it; {@code status} and {@code savedAt} once done. */
  public record KeyState(String key, String tenant, boolean done, int status, long savedAt) {}

  /** The records for a state dump: key, tenant, state and saved status, without bodies. */
  public synchronized List<KeyState> describe() {
    List<KeyState> out = new ArrayList<>();
    records.forEach((key, r) -> out.add(new KeyState(key, r.tenant, r.done, r.status, r.savedAt)));
    return out;
  }

  private boolean isExpired(Record r, long nowMillis) {
    return r.done && nowMillis - r.savedAt >= ttl.toMillis();
  }

  /** Drops {@code tenant}'s expired outcomes (its oldest ones). */
  private void expire(String tenant, long nowMillis) {
    ArrayDeque<Saved> own = savedByTenant.get(tenant);
    while (own != null && !own.isEmpty() && isExpired(own.peekFirst().record(), nowMillis)) {
      forgetOldest(tenant);
      own = savedByTenant.get(tenant);
    }
  }

  private void forgetOldest(String tenant) {
    ArrayDeque<Saved> own = savedByTenant.get(tenant);
    Saved oldest = own.pollFirst();
    records.remove(oldest.key(), oldest.record());
    savedCount--;
    if (own.isEmpty()) {
      savedByTenant.remove(tenant);
    }
  }

  /** The tenant with the most saved outcomes; on a tie, the one whose oldest is oldest. */
  private String largestTenant() {
    String largest = null;
    ArrayDeque<Saved> most = null;
    for (Map.Entry<String, ArrayDeque<Saved>> e : savedByTenant.entrySet()) {
      ArrayDeque<Saved> own = e.getValue();
      if (most == null || own.size() > most.size() || (own.size() == most.size()
          && own.peekFirst().record().savedAt < most.peekFirst().record().savedAt)) {
        largest = e.getKey();
        most = own;
      }
    }
    return largest;
  }
}
