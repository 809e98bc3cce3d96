package dev.labelsdk.mock.refonte;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored task. Mutable, and only ever read or changed under its tenant's lock. JSON-valued
 * fields ({@code params}, {@code metadata}, {@code response}) are kept as compact JSON text:
 * they are never interpreted, and text is far smaller than a tree.
 */
final class Task {

  final String id;
  /** Creation order across the whole process; orders tasks newest-first and backs cursors. */
  final long seq;
  final String type;
  final long createdAt;
  final String instruction;
  final String paramsJson;
  final String callbackUrl;
  final String project;
  final String batch;
  final Integer projectParamVersion;
  /** Created with a test key: completes at the tenant's next request (spec §6.2). */
  final boolean testMode;

  long updatedAt;
  long completedAt = -1;
  TaskStatus status = TaskStatus.PENDING;
  Boolean callbackCompleted;
  String responseJson;
  String metadataJson;
  final List<Audit> audits = new ArrayList<>(0);
  /** Null while tags were never set: the key is then absent. */
  List<String> tags;
  String uniqueId;
  boolean clearUniqueIdOnError;
  ReviewStatus reviewStatus;
  int timesRedone;
  /** The index bucket this task is filed under (see {@link TaskIndex}). */
  TaskIndex.Bucket bucket;

  Task(String id, long seq, long createdAt, boolean testMode, NewTask spec, String project,
      Integer projectParamVersion) {
    this.id = id;
    this.seq = seq;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.testMode = testMode;
    this.type = spec.type();
    this.instruction = spec.instruction();
    this.paramsJson = spec.paramsJson();
    this.callbackUrl = spec.callbackUrl();
    this.metadataJson = spec.metadataJson();
    this.tags = spec.tags() == null ? null : new ArrayList<>(spec.tags());
    this.uniqueId = spec.uniqueId();
    this.clearUniqueIdOnError = spec.clearUniqueIdOnError();
    this.project = project;
    this.batch = spec.batch();
    this.projectParamVersion = projectParamVersion;
  }
}
