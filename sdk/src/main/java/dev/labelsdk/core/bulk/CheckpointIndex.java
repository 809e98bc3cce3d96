package dev.labelsdk.core.bulk;

import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Where each finished identity of a checkpoint file is recorded: an open-addressing table of
 * one {@code long} per slot, holding a 24-bit tag of the identity's hash and the offset of its
 * line in the file (no strings), about 11 bytes per identity at the 0.7 load it is sized for.
 * A resumed run of millions of items so keeps its memory bounded by a small constant per item.
 *
 * <p>A hash is never trusted: a slot whose tag matches is confirmed by reading its line back
 * ({@code lineAt}) and comparing the identity itself. Two identities that share a hash, or a
 * tag, cost one extra read; neither is ever taken for the other, so no item is skipped
 * because another finished. A slot of another identity matches the tag with probability
 * 2^-24; linear probing at the 0.7 load probes about 2 slots for a hit and 6 for a miss, so
 * fewer than one lookup in a million reads a line that is not its own. Immutable once built; the lines it points to are never rewritten
 * (the checkpoint only appends).
 */
final class CheckpointIndex {

  /** One finished item as its line records it. */
  record Entry(String identity, String id) {}

  private static final int OFFSET_BITS = 40;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
  /** The largest file offset a slot holds (1 TiB), less the one that marks an empty slot. */
  static final long MAX_OFFSET = OFFSET_MASK - 1;
  private static final double LOAD = 0.7;

  private final long[] slots;
  private int size;
  /** The entry of the line at a file offset (null if that line is not an entry). */
  private final LongFunction<Entry> lineAt;
  private final ToLongFunction<String> hash;

  /**
   * An empty index for at most {@code capacityHint} identities.
   *
   * @param lineAt reads the line at an offset back from the file, to confirm a tag match
   */
  CheckpointIndex(long capacityHint, LongFunction<Entry> lineAt) {
    this(capacityHint, lineAt, CheckpointIndex::hash);
  }

  /** An index with another hash: tests make every identity collide. */
  CheckpointIndex(long capacityHint, LongFunction<Entry> lineAt, ToLongFunction<String> hash) {
    long length = 2 + (long) Math.ceil(capacityHint / LOAD);
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("A checkpoint of " + capacityHint + " lines is more than"
          + " one run can resume; split the input");
    }
    this.slots = new long[(int) length];
    this.lineAt = lineAt;
    this.hash = hash;
  }

  /**
   * Records that {@code identity}'s line starts at {@code offset}; a later line for the same
   * identity replaces an earlier one (the last record of an item wins).
   */
  void put(String identity, long offset) {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalStateException("A checkpoint larger than 1 TiB cannot be resumed");
    }
    long hash = this.hash.applyAsLong(identity);
    long tagged = (hash >>> OFFSET_BITS) << OFFSET_BITS | (offset + 1);
    int i = find(identity, hash);
    if (i >= 0) {
      slots[i] = tagged;
      return;
    }
    if (size + 1 >= slots.length) {
      throw new IllegalStateException("More checkpoint lines than counted");
    }
    for (i = home(hash); slots[i] != 0; i = next(i)) {
      // a free slot is always found: one is left empty
    }
    slots[i] = tagged;
    size++;
  }

  /** The entry recorded for {@code identity}, or null. */
  Entry get(String identity) {
    int i = find(identity, hash.applyAsLong(identity));
    return i < 0 ? null : lineAt.apply((slots[i] & OFFSET_MASK) - 1);
  }

  /** The slot of {@code identity}, confirmed against its line, or -1. */
  private int find(String identity, long hash) {
    long tag = hash >>> OFFSET_BITS;
    for (int i = home(hash); slots[i] != 0; i = next(i)) {
      if (slots[i] >>> OFFSET_BITS == tag) {
        Entry e = lineAt.apply((slots[i] & OFFSET_MASK) - 1);
        if (e != null && e.identity().equals(identity)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The first slot to probe: the low 32 bits of the hash scaled to the table (no modulo). */
  private int home(long hash) {
    return (int) (((hash & 0xFFFF_FFFFL) * slots.length) >>> 32);
  }

  private int next(int i) {
    return i + 1 == slots.length ? 0 : i + 1;
  }

  /**
   * A 64-bit hash of the identity's chars (FNV-1a, then the SplitMix64 finisher so that both
   * the low bits, which place it, and the high bits, its tag, depend on every char). Only
   * speed depends on its quality: every match is confirmed against the file.
   */
  static long hash(String identity) {
    long h = 0xCBF2_9CE4_8422_2325L;
    for (int i = 0; i < identity.length(); i++) {
      h = (h ^ identity.charAt(i)) * 0x0000_0100_0000_01B3L;
    }
    h = (h ^ (h >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return h ^ (h >>> 31);
  }
}
