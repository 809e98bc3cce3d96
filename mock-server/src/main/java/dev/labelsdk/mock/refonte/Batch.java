package dev.labelsdk.mock.refonte;

import java.util.Locale;

/** A batch (spec §4.10). Mutable under the tenant lock. */
final class Batch {

  enum Status {
    STAGING,
    IN_PROGRESS,
    COMPLETED;

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status fromWire(String value) {
      for (Status s : values()) {
        if (s.wire().equals(value)) {
          return s;
        }
      }
      return null;
    }
  }

  final String name;
  final String project;
  final String callback;
  final boolean calibrationBatch;
  final boolean selfLabelBatch;
  final long createdAt;
  /** Position in creation order, for newest-first listing with equal timestamps. */
  final long seq;
  Status status;
  String metadataJson;
  long updatedAt;

  Batch(String name, String project, String callback, boolean calibration, boolean selfLabel,
      String metadataJson, Status status, long createdAt, long seq) {
    this.name = name;
    this.project = project;
    this.callback = callback;
    this.calibrationBatch = calibration;
    this.selfLabelBatch = selfLabel;
    this.metadataJson = metadataJson;
    this.status = status;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.seq = seq;
  }
}
