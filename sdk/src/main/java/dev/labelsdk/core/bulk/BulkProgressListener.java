package dev.labelsdk.core.bulk;

/** Told how a bulk submission advances: after each item. */
@FunctionalInterface
public interface BulkProgressListener {

  /** Ignores progress. */
  BulkProgressListener NONE = progress -> {};

  /** Called after each item (serially, never concurrently). */
  void onProgress(BulkProgress progress);
}
