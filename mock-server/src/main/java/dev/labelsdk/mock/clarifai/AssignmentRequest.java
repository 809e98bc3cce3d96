package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * PutTaskAssignments decoded (spec §3.8, §8): the action, the deprecated {@code input_id},
 * and from the config that goes with the action the assignment ids and worker user ids.
 */
public record AssignmentRequest(AssignmentAction action, String inputId, List<String> assignmentIds,
    List<String> workerIds) {

  public AssignmentRequest {
    assignmentIds = List.copyOf(assignmentIds);
    workerIds = List.copyOf(workerIds);
  }
}
