package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Timestamps;
import java.util.ArrayList;
import java.util.List;

/** A project with its {@code param_history} (spec §4.11). Mutable under the tenant lock. */
final class Project {

  final String name;
  final String type;
  final long createdAt;
  /** Rapid and Studio projects stage their new batches (spec §4.10). */
  final boolean rapid;
  final boolean studio;
  /** Each entry holds the params keys plus {@code version} and {@code created_at}. */
  final List<ObjectNode> paramHistory = new ArrayList<>();

  Project(String name, String type, long createdAt, boolean rapid, boolean studio) {
    this.name = name;
    this.type = type;
    this.createdAt = createdAt;
    this.rapid = rapid;
    this.studio = studio;
  }

  int latestVersion() {
    return paramHistory.get(paramHistory.size() - 1).get("version").asInt();
  }

  ObjectNode latestParams() {
    return paramHistory.get(paramHistory.size() - 1);
  }

  void appendParams(ObjectNode params, long now) {
    ObjectNode entry = params.deepCopy();
    entry.put("version", paramHistory.isEmpty() ? 0 : latestVersion() + 1);
    entry.put("created_at", Timestamps.format(now));
    paramHistory.add(entry);
  }
}
