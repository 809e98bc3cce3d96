package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.labelsdk.mock.common.Timestamps;
import java.io.IOException;
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

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("project", project);
    g.writeStringField("status", status.wire());
    g.writeStringField("callback", callback);
    g.writeFieldName("metadata");
    g.writeRawValue(metadataJson);
    g.writeBooleanField("calibration_batch", calibrationBatch);
    g.writeBooleanField("self_label_batch", selfLabelBatch);
    g.writeStringField("created_at", Timestamps.format(createdAt));
    g.writeStringField("updated_at", Timestamps.format(updatedAt));
    g.writeEndObject();
  }
}
