package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A project as an operation saw it (spec §4.11): its {@code param_history}, each entry holding
 * the params plus {@code version} and {@code created_at}, copied under the tenant's lock.
 */
public record ProjectView(String name, String type, long createdAt, boolean rapid, boolean studio,
    List<ObjectNode> paramHistory) {

  static ProjectView of(Project p) {
    return new ProjectView(p.name, p.type, p.createdAt, p.rapid, p.studio,
        p.paramHistory.stream().map(ObjectNode::deepCopy).toList());
  }
}
