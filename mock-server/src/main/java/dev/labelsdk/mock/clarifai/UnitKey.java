package dev.labelsdk.mock.clarifai;

/** Names one (task, input, worker) unit of work. */
record UnitKey(String taskId, String inputId, String workerId) {

  static UnitKey of(Annotation a) {
    return new UnitKey(a.taskId(), a.inputId(), a.userId());
  }
}
