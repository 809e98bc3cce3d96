package dev.labelsdk.mock.refonte;

import java.util.HexFormat;

/**
 * Task ids shaped like MongoDB ObjectIds (24 lower-case hex): creation seconds, a random
 * per-process value, and the low bits of the global creation sequence, so ids never repeat
 * within a process and are unique across tenants.
 */
final class TaskIds {

  private final byte[] processRandom = new byte[5];

  TaskIds() {
    // Not a secret, only unlikely to repeat: SecureRandom's provider set-up would cost start-up.
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(processRandom);
  }

  String next(long createdAtMillis, long seq) {
    byte[] id = new byte[12];
    int seconds = (int) (createdAtMillis / 1000);
    id[0] = (byte) (seconds >>> 24);
    id[1] = (byte) (seconds >>> 16);
    id[2] = (byte) (seconds >>> 8);
    id[3] = (byte) seconds;
    System.arraycopy(processRandom, 0, id, 4, 5);
    id[9] = (byte) (seq >>> 16);
    id[10] = (byte) (seq >>> 8);
    id[11] = (byte) seq;
    return HexFormat.of().formatHex(id);
  }
}
