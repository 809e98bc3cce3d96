package dev.labelsdk.mock.clarifai;

import java.util.HexFormat;
import java.util.Random;

/**
 * 32 lowercase hex characters, the form of Clarifai's generated ids and req_ids. Random by
 * default; with a seed the sequence is the same on every run (config {@code id_seed}).
 * Thread-safe.
 */
final class IdGenerator {

  private final Random random;
  private long drawn;

  private IdGenerator(Random random) {
    this.random = random;
  }

  /** Random ids when {@code seed} is null, else the deterministic sequence of that seed. */
  static IdGenerator create(Long seed) {
    // Ids need to be unlikely to repeat, not secret: SecureRandom's provider set-up would cost
    // start-up.
    return new IdGenerator(seed == null ? new Random() : new Random(seed));
  }

  /**
   * {@link #create} then {@code drawn} ids skipped: a seeded sequence carries on where a
   * snapshot left it (a random one just stays random).
   */
  static IdGenerator resume(Long seed, long drawn) {
    IdGenerator ids = create(seed);
    if (seed != null) {
      for (long i = 0; i < drawn; i++) {
        ids.next();
      }
    }
    ids.drawn = drawn;
    return ids;
  }

  /** How many ids were drawn since the sequence started. */
  synchronized long drawn() {
    return drawn;
  }

  synchronized String next() {
    drawn++;
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
